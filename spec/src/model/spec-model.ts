/** The typed model of the spec that the generators, the spec's tests, the mock and the contract read. */
import type { BodyModel } from './bodies';
import { type CatalogueEntry, fillMessage, type GatewayError, readCatalogue } from './catalogue';
import { follow, type Located, type Node, nodeAt, walk } from './document';
import { type OperationModel, operationModels, type StateError } from './operations';

/** One `x-as-decision`: the pointer of the node it sits on, and what was decided. */
export interface Decision {
  readonly pointer: string;
  readonly text: string;
}

/** A server of the spec: its endpoint template and the regions it serves. */
export interface ServerModel {
  readonly url: string;
  readonly regions: readonly string[];
}

/** The limits the spec states, for the code that enforces them and the suites that check them. */
export interface SpecLimits {
  /** The hooks a group holds at most: `ListLifecycleHooksResponse.lifecycle_hooks` maxItems. */
  readonly maxHooksPerGroup: number;
  /** The seconds one EXTEND adds: `LifecycleActionResult` x-as-extend-seconds. */
  readonly extendSeconds: number;
  /**
   * The bounds of a hook's `default_timeout`: `LifecycleHookTimeout` minimum and maximum, and the
   * older minimum some editions still enforce (`x-as-legacy-minimum`), for a mock that acts as one.
   */
  readonly timeoutSeconds: {
    readonly minimum: number;
    readonly maximum: number;
    readonly legacyMinimum: number;
  };
}

/** The spec, read once: what every extension of ours means, typed. */
export interface SpecModel {
  /** The parsed document itself. */
  readonly document: Readonly<Node>;
  readonly operations: readonly OperationModel[];
  /** The operations that take a JSON body, by id. */
  readonly bodies: Readonly<Record<string, BodyModel>>;
  readonly catalogue: Readonly<Record<string, CatalogueEntry>>;
  /** Per security scheme, the service's code of each failure (`missing`, `invalid`, `projectMismatch`). */
  readonly securityErrorCodes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Per security scheme, the failures the API gateway answers instead (`x-as-gateway-errors`): the
   * gateway's code and the cause of its message in the catalogue's `messages`.
   */
  readonly gatewayErrors: Readonly<Record<string, Readonly<Record<string, GatewayError>>>>;
  /** Every enum schema of `components.schemas`, its values in the spec's order. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
  readonly servers: readonly ServerModel[];
  readonly limits: SpecLimits;
  /**
   * Every choice of this project that the provider does not document: each `x-as-decision`, with
   * the JSON pointer of the node it decides, in document order.
   */
  readonly decisions: readonly Decision[];
  /** The operation of an id; throws for an id the spec does not have. */
  operation(operationId: string): OperationModel;
  /** The body of an operation; throws for an operation without one. */
  body(operationId: string): BodyModel;
  /** The code of an operation's state error, by its id; throws for an id the spec does not give. */
  stateCode(operationId: string, id: string): string;
  /** The catalogue entry of a code; throws for a code the spec does not name. */
  entry(code: string): CatalogueEntry;
  /**
   * The provider's message of a code, for a cause (else its default message), its `%s` filled in
   * order by `fill`; throws for an unknown code or cause, or the wrong number of values.
   */
  message(code: string, options?: { cause?: string; fill?: readonly string[] }): string;
  /** The node at a JSON pointer or local `$ref`; throws when there is none. */
  resolve(pointer: string): Node;
  /** A node and its pointer, its `$ref` followed once. */
  follow(node: Node, pointer: string): Located;
}

const number = (value: unknown, what: string): number => {
  if (typeof value !== 'number') {
    throw new Error(`Failed to read the spec: ${what} is missing.`);
  }
  return value;
};

function decisionsOf(document: Node): Decision[] {
  const found: Decision[] = [];
  for (const [node, pointer] of walk(document)) {
    const text = node['x-as-decision'];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new Error(
        `Failed to read the spec: the x-as-decision at ${pointer || '/'} is not a sentence. Write what was decided, as a string.`,
      );
    }
    found.push({ pointer, text });
  }
  return found;
}

function limitsOf(document: Node): SpecLimits {
  const list = nodeAt(document, '/components/schemas/ListLifecycleHooksResponse');
  const hooks = ((list.properties ?? {}) as Record<string, Node>).lifecycle_hooks ?? {};
  const result = nodeAt(document, '/components/schemas/LifecycleActionResult');
  const timeout = nodeAt(document, '/components/schemas/LifecycleHookTimeout');
  return {
    maxHooksPerGroup: number(hooks.maxItems, 'ListLifecycleHooksResponse.lifecycle_hooks maxItems'),
    extendSeconds: number(
      result['x-as-extend-seconds'],
      'LifecycleActionResult x-as-extend-seconds',
    ),
    timeoutSeconds: {
      minimum: number(timeout.minimum, 'LifecycleHookTimeout minimum'),
      maximum: number(timeout.maximum, 'LifecycleHookTimeout maximum'),
      legacyMinimum: number(
        timeout['x-as-legacy-minimum'],
        'LifecycleHookTimeout x-as-legacy-minimum',
      ),
    },
  };
}

/**
 * Reads a parsed OpenAPI document (`openapi.yaml` or `openapi.json`) into the spec model. Throws,
 * naming what to fix, when an extension the packages rely on is missing or incomplete.
 *
 * @example
 * import { readSpecModel } from '@as-lifecycle/spec/model';
 *
 * const response = await fetch('https://example.com/openapi.json');
 * const model = readSpecModel(await response.json());
 * model.limits.maxHooksPerGroup; // 5
 * model.stateCode('createLifecycleHook', 'hook-limit'); // 'AS.7038'
 */
export function readSpecModel(input: unknown): SpecModel {
  if (typeof input !== 'object' || input === null || !('paths' in input)) {
    throw new Error('Failed to read the spec: give the parsed OpenAPI document (with its paths).');
  }
  const document = input as Node;
  const components = (document.components ?? {}) as Node;
  const operations = operationModels(document);
  const bodies = Object.fromEntries(
    operations.flatMap((op) => (op.body ? [[op.operationId, op.body] as const] : [])),
  );
  const catalogue = readCatalogue(
    (components['x-as-error-catalogue'] ?? {}) as Record<string, Node>,
  );
  const schemas = (components.schemas ?? {}) as Record<string, Node>;
  const schemes = (components.securitySchemes ?? {}) as Record<string, Node>;
  const servers = (document.servers ?? []) as { url: string; variables?: Node }[];
  const byId = new Map(operations.map((op) => [op.operationId, op]));

  const operation = (operationId: string) => {
    const found = byId.get(operationId);
    if (!found) throw new Error(`Failed to find operation "${operationId}" in the spec.`);
    return found;
  };
  const entry = (code: string) => {
    const found = catalogue[code];
    if (!found) throw new Error(`Failed to find ${code} in x-as-error-catalogue.`);
    return found;
  };
  return {
    document,
    operations,
    bodies,
    catalogue,
    securityErrorCodes: Object.fromEntries(
      Object.entries(schemes).map(([name, scheme]) => [
        name,
        (scheme['x-as-error-codes'] ?? {}) as Record<string, string>,
      ]),
    ),
    gatewayErrors: Object.fromEntries(
      Object.entries(schemes).map(([name, scheme]) => [
        name,
        (scheme['x-as-gateway-errors'] ?? {}) as Record<string, GatewayError>,
      ]),
    ),
    enums: Object.fromEntries(
      Object.entries(schemas).flatMap(([name, schema]) =>
        Array.isArray(schema.enum) ? [[name, schema.enum as string[]]] : [],
      ),
    ),
    servers: servers.map((server) => ({
      url: server.url,
      regions: (((server.variables?.region as Node | undefined)?.enum ?? []) as string[]).slice(),
    })),
    limits: limitsOf(document),
    decisions: decisionsOf(document),
    operation,
    body(operationId) {
      const found = operation(operationId).body;
      if (!found) throw new Error(`Failed to find a request body for ${operationId} in the spec.`);
      return found;
    },
    stateCode(operationId, id) {
      const found = operation(operationId).stateErrors.find((error: StateError) => error.id === id);
      if (!found) {
        throw new Error(`The spec gives ${operationId} no x-as-errors entry with id "${id}".`);
      }
      return found.code;
    },
    entry,
    message: (code, options) => fillMessage(entry(code), options),
    resolve: (pointer) => nodeAt(document, pointer),
    follow: (node, pointer) => follow(document, node, pointer),
  };
}
