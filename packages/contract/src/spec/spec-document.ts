/**
 * The spec as the suite reads it: the model of `@as-lifecycle/spec` (what the extensions mean), and
 * the suite's own JSON-Schema validators (Ajv 2020 + formats) for any schema in it, by JSON pointer.
 * Nothing here comes from the code generated for the mock: the suite judges with its own validators.
 */
import { loadSpecModel } from '@as-lifecycle/spec/load';
import { type Node, type OperationModel, type SpecLimits, walk } from '@as-lifecycle/spec/model';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export { type InvalidExample, matchesMessage, type Node, segment } from '@as-lifecycle/spec/model';

/** The spec's model: what its extensions mean, read by `@as-lifecycle/spec`. */
export const model = loadSpecModel();

/** The parsed spec. */
export const spec = model.document as Node;

/** The node at a JSON pointer (`/components/…`, with or without a leading `#`). */
export const resolve = (pointer: string): Node => model.resolve(pointer);

/** A node and the pointer it lives at, following its `$ref` (once, as the spec nests them). */
export const follow = (node: Node, pointer: string) => model.follow(node, pointer);

/** The node itself, or the node its `$ref` names. */
export const deref = (node: Node): Node => follow(node, '').node;

const documentId = 'https://as-lifecycle.invalid/openapi.yaml';

function validatorFactory(allErrors: boolean): (pointer: string) => ValidateFunction {
  // verbose: each error names the schema object holding the failed keyword (`parentSchema`), which
  // `schemaPointer` maps back to the spec, to tell the provider's rules from our decisions.
  const ajv = new Ajv2020({ strict: false, allErrors, verbose: true });
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

const pointers = new Map<unknown, string>();
for (const [node, pointer] of walk(spec)) pointers.set(node, pointer);

/** The JSON pointer of a schema object of the spec (as Ajv's `parentSchema` gives it), if it is one. */
export const schemaPointer = (schema: unknown): string | undefined => pointers.get(schema);

/** A validator reporting every error, for the schema at a JSON pointer of the spec. */
export const validatorAt = validatorFactory(true);

/** One of the spec's operations, by its `operationId`. */
export type SpecOperation = OperationModel;

/** Every operation of the spec, in its order. */
export const operations = model.operations;

/** The operation of an id; throws for an id the spec does not have. */
export const operation = (operationId: string): SpecOperation => model.operation(operationId);

/** The operation's `x-as-errors` (the errors that depend on state), each with its stable `id`. */
export const stateErrors = (operationId: string) => operation(operationId).stateErrors;

/** The limits the spec states: the hooks a group holds, the seconds one EXTEND adds, the timeout bounds. */
export const specLimits = (): SpecLimits => model.limits;

/** The catalogue entry of a code: its HTTP status, message and shape. */
export const catalogue = (code: string) => model.entry(code);
