/**
 * The spec as the mock's tests read it at test time: the parsed `openapi.yaml`, its `$ref`s, its
 * operations, and JSON-Schema validators (Ajv 2020 + formats) for any schema in it, by JSON pointer.
 * Nothing here comes from the generated code the mock itself runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/** A node of the parsed spec. */
export type Node = Record<string, unknown>;

/** One entry of a request body's `x-as-invalid-examples`: a request breaking one rule, and its code. */
export interface InvalidExample {
  summary: string;
  rule: string;
  field?: string;
  value?: unknown;
  raw?: string;
  code: string;
}

const specPath = createRequire(import.meta.url).resolve('@as-lifecycle/spec/openapi.yaml');

/** The parsed spec. */
export const spec = parse(readFileSync(specPath, 'utf8')) as Node;

/** Escapes one JSON-pointer segment (`/` and `~`). */
export const segment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The node at a JSON pointer (`/components/…`, with or without a leading `#`). */
export function resolve(pointer: string): Node {
  let node: unknown = spec;
  for (const part of pointer.replace(/^#/, '').split('/').slice(1)) {
    node = (node as Node | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (typeof node !== 'object' || node === null) {
    throw new Error(`Failed to read the spec: nothing at ${pointer}.`);
  }
  return node as Node;
}

/** A node and the pointer it lives at, following its `$ref` (once, as the spec nests them). */
export function follow(node: Node, pointer: string): { node: Node; pointer: string } {
  const ref = node.$ref;
  return typeof ref === 'string'
    ? { node: resolve(ref), pointer: ref.replace(/^#/, '') }
    : { node, pointer };
}

/** The node itself, or the node its `$ref` names. */
export const deref = (node: Node): Node => follow(node, '').node;

const documentId = 'https://as-lifecycle.invalid/openapi.yaml';

function validatorFactory(allErrors: boolean): (pointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors });
  addFormats.default(ajv);
  ajv.addSchema(spec, documentId);
  const compiled = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      // A pointer in a URI fragment is percent-encoded (the path templates hold `{` and `}`).
      const fragment = pointer.split('/').map(encodeURIComponent).join('/');
      validate = ajv.compile({ $ref: `${documentId}#${fragment}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
}

/** A validator reporting every error, for the schema at a JSON pointer of the spec. */
export const validatorAt = validatorFactory(true);

/** One of the spec's operations, by its `operationId`. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The path template, `/autoscaling-api/v1/{project_id}/…`. */
  path: string;
  /** Pointer to the operation object. */
  pointer: string;
  node: Node;
}

const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation of the spec, in its order. */
export const operations: SpecOperation[] = Object.entries(
  spec.paths as Record<string, Node>,
).flatMap(([path, item]) =>
  methods
    .filter((method) => typeof (item[method] as Node | undefined)?.operationId === 'string')
    .map((method) => {
      const node = item[method] as Node;
      return {
        operationId: node.operationId as string,
        method: method.toUpperCase(),
        path,
        pointer: `/paths/${segment(path)}/${method}`,
        node,
      };
    }),
);

/** The operation of an id; throws for an id the spec does not have. */
export function operation(operationId: string): SpecOperation {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`Failed to find operation "${operationId}" in the spec.`);
  return found;
}

/** The operation's `x-as-errors` (the errors that depend on state), each with its stable `id`. */
export const stateErrors = (operationId: string) =>
  (operation(operationId).node['x-as-errors'] as
    | { id: string; code: string; when: string }[]
    | undefined) ?? [];

/**
 * The limits the spec states, read as the suite reads the rest of it: the hooks a group holds
 * (`ListLifecycleHooksResponse.lifecycle_hooks` maxItems) and the seconds one EXTEND adds
 * (`LifecycleActionResult` x-as-extend-seconds).
 */
export function specLimits(): { maxHooksPerGroup: number; extendSeconds: number } {
  const list = resolve('/components/schemas/ListLifecycleHooksResponse').properties as Node;
  const maxHooksPerGroup = (list.lifecycle_hooks as Node).maxItems;
  const extendSeconds = resolve('/components/schemas/LifecycleActionResult')['x-as-extend-seconds'];
  if (typeof maxHooksPerGroup !== 'number' || typeof extendSeconds !== 'number') {
    throw new Error('Failed to read the spec: its hook limit or its EXTEND seconds are missing.');
  }
  return { maxHooksPerGroup, extendSeconds };
}

/** The catalogue entry of a code: its HTTP status, message and shape. */
export function catalogue(code: string): { status: number; message: string; shape?: string } {
  const entry = ((spec.components as Node)['x-as-error-catalogue'] as Node)[code];
  if (!entry) throw new Error(`Failed to find ${code} in x-as-error-catalogue.`);
  return entry as { status: number; message: string; shape?: string };
}
