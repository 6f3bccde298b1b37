/** Loads `openapi.yaml` and gives the tests a JSON-Schema validator that resolves its `$ref`s. */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export type Node = Record<string, unknown>;

export const specText = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');
export const spec = parse(specText) as Node;

const documentId = 'https://as-lifecycle.invalid/openapi.json';
function validators(allErrors: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors });
  addFormats.default(ajv);
  ajv.addSchema(spec, documentId);
  const compiled = new Map<string, ValidateFunction>();
  return (pointer: string): ValidateFunction => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${documentId}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
}

/** A validator, reporting every error, for the schema at a JSON pointer (`/components/schemas/X`). */
export const validatorAt = validators(true);

/** A validator that stops at the first error, as a service answering one code does. */
export const firstErrorValidatorAt = validators(false);

/** The node at a JSON pointer, or at a `$ref` (`#/components/…`). */
export function resolve(pointer: string): Node {
  const path = pointer.replace(/^#/, '').split('/').slice(1);
  let node: unknown = spec;
  for (const segment of path) {
    node = (node as Node | undefined)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`Nothing at ${pointer}`);
  return node as Node;
}

/** The node itself, or the node its `$ref` names. */
export const deref = (node: Node): Node =>
  typeof node.$ref === 'string' ? resolve(node.$ref) : node;

/** Escapes one JSON-pointer segment. */
export const segment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every node of the document with its JSON pointer, depth first. */
export function* walk(node: unknown, pointer = ''): Generator<[Node, string]> {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* walk(child, `${pointer}/${index}`);
    return;
  }
  yield [node as Node, pointer];
  for (const [key, child] of Object.entries(node)) yield* walk(child, `${pointer}/${segment(key)}`);
}

export interface Rule {
  field?: string;
  rule: string;
}

/**
 * The rule an ajv error breaks: the property it concerns (none for the body itself) and the
 * keyword. Errors inside an `anyOf` branch are summarised by the `anyOf` error itself.
 */
export function ruleOf(error: ErrorObject): Rule | undefined {
  if (error.schemaPath.includes('/anyOf/')) return undefined;
  if (error.keyword === 'required') {
    return { field: String(error.params.missingProperty), rule: 'required' };
  }
  const field = error.instancePath.split('/')[1];
  return field ? { field, rule: error.keyword } : { rule: error.keyword };
}

/** The `x-as-error-codes` of a body schema (no field) or of one of its properties. */
export function codesOf(bodySchema: Node, field?: string): Record<string, string> {
  const node = field ? ((bodySchema.properties as Record<string, Node>)[field] ?? {}) : bodySchema;
  return {
    ...(deref(node)['x-as-error-codes'] as Record<string, string> | undefined),
    ...(node['x-as-error-codes'] as Record<string, string> | undefined),
  };
}
