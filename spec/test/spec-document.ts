/** The spec as its tests read it: the model, the document, and JSON-Schema validators over it. */

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadSpecModel, loadSpecText } from '../src/load';
import type { Node } from '../src/model';

export { type Node, segment, walk } from '../src/model';

export const specText = loadSpecText();
export const model = loadSpecModel();
export const spec = model.document as Node;

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
