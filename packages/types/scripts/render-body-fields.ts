/**
 * Renders `requestFields` for `src/generated/spec-data.ts` from the parsed spec: for each operation,
 * every field a caller gives — its parameters and the properties of its JSON request body — with
 * where it goes, its type, enum, default, whether it is required and its description, and the body's
 * `anyOf` alternatives. The `as-lifecycle` CLI derives its flags, their checks and its help from it.
 */

import type { Node, OperationModel, SpecModel } from '@as-lifecycle/spec/model';

const prose = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

interface Field {
  in: string;
  type: unknown;
  required: boolean;
  description: string;
  enum?: unknown;
  default?: unknown;
}

const field = (where: string, required: boolean, description: string | undefined, keywords: Node) =>
  ({
    in: where,
    type: keywords.type ?? 'string',
    required,
    description: prose(description),
    ...(keywords.enum ? { enum: keywords.enum } : {}),
  }) as Field;

function fieldsOf(operation: OperationModel) {
  const fields: Record<string, Field> = {};
  const add = (name: string, value: Field) => {
    if (name in fields) {
      throw new Error(
        `Failed to render the request fields: ${operation.operationId} has two fields named ${name}.`,
      );
    }
    fields[name] = value;
  };
  for (const parameter of operation.parameters) {
    add(
      parameter.name,
      field(parameter.in, parameter.required, parameter.description, parameter.keywords),
    );
  }
  const body = operation.body;
  for (const property of body?.properties ?? []) {
    add(property.name, {
      ...field('body', property.required, property.description, property.keywords),
      ...(property.hasDefault ? { default: property.default } : {}),
    });
  }
  const anyOf = body && body.anyOf.length > 0 ? body.anyOf : undefined;
  return { fields, ...(anyOf ? { anyOf } : {}) };
}

/**
 * Renders the `requestFields` table (and its types) as TypeScript source, to append to the
 * generated spec data.
 *
 * @example
 * import { loadSpecModel } from '@as-lifecycle/spec/load';
 * import { renderBodyFields } from './render-body-fields';
 *
 * const source = renderBodyFields(loadSpecModel());
 */
export function renderBodyFields(model: SpecModel): string {
  const table = Object.fromEntries(
    model.operations.map((operation) => [operation.operationId, fieldsOf(operation)]),
  );
  return [
    '/** One field a caller gives: a path or query parameter, or a property of the JSON body. */',
    'export interface RequestField {',
    "  readonly in: 'path' | 'query' | 'header' | 'cookie' | 'body';",
    "  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';",
    '  readonly required: boolean;',
    "  /** The spec's description, on one line. */",
    '  readonly description: string;',
    '  readonly enum?: readonly (string | number)[];',
    '  /** The value the service applies when the field is left out. */',
    '  readonly default?: unknown;',
    '}',
    '',
    "/** An operation's fields, in the spec's order, and the body's alternatives. */",
    'export interface OperationRequestFields {',
    '  readonly fields: Readonly<Record<string, RequestField>>;',
    "  /** The body needs every field of at least one of these groups (the body schema's `anyOf`). */",
    '  readonly anyOf?: readonly (readonly string[])[];',
    '}',
    '',
    "/** Each operation's request fields: its parameters, then its JSON body's properties. */",
    'export const requestFields = {',
    ...Object.entries(table).flatMap(([operationId, { fields, anyOf }]) => [
      `  ${operationId}: {`,
      '    fields: {',
      ...Object.entries(fields).map(([name, value]) => `      ${name}: ${JSON.stringify(value)},`),
      '    },',
      ...(anyOf ? [`    anyOf: ${JSON.stringify(anyOf)},`] : []),
      '  },',
    ]),
    '} as const satisfies Readonly<Record<string, OperationRequestFields>>;',
    '',
  ].join('\n');
}
