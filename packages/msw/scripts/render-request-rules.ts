/**
 * Renders `src/generated/request-rules.ts`: per operation with a body, the AS code of each rule, and
 * the defaults create applies.
 */
import { type BodyOperation, codesOf, deref, type Node, requestBodyRules } from './spec-node';

const literal = (value: unknown) => JSON.stringify(value, null, 2);

function operationRules(spec: Node, { operationId, requestBody, schema }: BodyOperation) {
  const bodyCodes = (requestBody['x-as-error-codes'] ?? {}) as Record<string, string>;
  const missing = requestBodyRules.filter((rule) => !bodyCodes[rule]);
  if (missing.length > 0) {
    throw new Error(
      `Failed to render the request rules: ${operationId}'s request body has no code for ${missing.join(', ')}. Add them to its x-as-error-codes.`,
    );
  }
  const fields = Object.keys((schema.properties ?? {}) as Node);
  return {
    requestBody: Object.fromEntries(requestBodyRules.map((rule) => [rule, bodyCodes[rule]])),
    schema: codesOf(spec, schema),
    fields: Object.fromEntries(fields.map((field) => [field, codesOf(spec, schema, field)])),
  };
}

/** The `default` of each property of a body schema that has one. */
function defaultsOf(schema: Node): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Node>;
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, property]) => 'default' in property)
      .map(([field, property]) => [field, property.default]),
  );
}

/** The `minimum` and `maximum` of each property of a body schema that has both (through its `$ref`). */
function boundsOf(spec: Node, schema: Node): Record<string, { minimum: number; maximum: number }> {
  const properties = (schema.properties ?? {}) as Record<string, Node>;
  return Object.fromEntries(
    Object.entries(properties)
      .map(([field, property]) => [field, { ...deref(spec, property), ...property }] as const)
      .filter(([, node]) => typeof node.minimum === 'number' && typeof node.maximum === 'number')
      .map(([field, node]) => [field, { minimum: node.minimum, maximum: node.maximum }]),
  ) as Record<string, { minimum: number; maximum: number }>;
}

/** The source of `request-rules.ts`, without its banner. */
export function renderRequestRules(spec: Node, operations: BodyOperation[]): string {
  const create = operations.find((operation) => operation.operationId === 'createLifecycleHook');
  if (!create) {
    throw new Error(
      'Failed to render the request rules: the spec has no createLifecycleHook with a body.',
    );
  }
  const rules = Object.fromEntries(
    operations.map((operation) => [operation.operationId, operationRules(spec, operation)]),
  );
  return `import type { AsErrorCode, CreateLifecycleHookBody } from '@as-lifecycle/types';

/** The AS codes of one operation's body rules, keyed by rule. */
export interface OperationRules {
  /** Before the schema: a body that is empty, is not JSON, or is not sent as JSON. */
  readonly requestBody: Readonly<Record<${requestBodyRules.map((rule) => `'${rule}'`).join(' | ')}, AsErrorCode>>;
  /** The body schema's own keywords (\`type\`, \`anyOf\`). */
  readonly schema: Readonly<Partial<Record<string, AsErrorCode>>>;
  /** Per property, per JSON Schema keyword; a missing property takes its own \`required\` code. */
  readonly fields: Readonly<Record<string, Readonly<Partial<Record<string, AsErrorCode>>>>>;
}

/** The AS code of every request-body rule of every operation with a body, from \`x-as-error-codes\`. */
export const requestRules = ${literal(rules)} as const satisfies Record<string, OperationRules>;

/** What create applies to the fields a body leaves out, from the spec's \`default\`s. */
export const createHookDefaults = ${literal(defaultsOf(create.schema))} as const satisfies Partial<CreateLifecycleHookBody>;

/** The bounds of create's numeric fields, from the spec's \`minimum\` and \`maximum\`. */
export const createHookBounds = ${literal(boundsOf(spec, create.schema))} as const satisfies Partial<
  Record<keyof CreateLifecycleHookBody, { minimum: number; maximum: number }>
>;
`;
}
