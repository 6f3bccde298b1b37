/**
 * Renders `requestFields` for `src/generated/spec-data.ts` from the parsed spec: for each operation,
 * every field a caller gives — its parameters and the properties of its JSON request body — with
 * where it goes, its type, enum, default, whether it is required and its description, and the body's
 * `anyOf` alternatives. The `as-lifecycle` CLI derives its flags, their checks and its help from it.
 */

interface Ref {
  $ref?: string;
}

interface SchemaNode extends Ref {
  type?: string;
  enum?: (string | number)[];
  default?: unknown;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  anyOf?: { required?: string[] }[];
}

interface Parameter extends Ref {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: SchemaNode;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: Ref & { content?: Record<string, { schema?: SchemaNode }> };
}

interface Spec {
  paths: Record<string, Record<string, unknown> & { parameters?: Parameter[] }>;
  components: Record<string, Record<string, unknown>>;
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** The node a local `$ref` names (`#/components/schemas/X`), followed until it is not a ref. */
function resolve<T extends Ref>(spec: Spec, node: T): T {
  let current: Ref = node;
  for (let depth = 0; current.$ref !== undefined; depth += 1) {
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(current.$ref);
    const target = match ? spec.components[match[1] as string]?.[match[2] as string] : undefined;
    if (!target || depth > 16)
      throw new Error(`Failed to render the request fields: ${current.$ref}`);
    current = target as Ref;
  }
  return current as T;
}

const prose = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function field(
  spec: Spec,
  where: string,
  required: boolean,
  own: SchemaNode | Parameter,
  schema: SchemaNode,
) {
  const resolved = resolve(spec, schema);
  return {
    in: where,
    type: resolved.type ?? 'string',
    required,
    description: prose(own.description ?? resolved.description),
    ...(resolved.enum ? { enum: resolved.enum } : {}),
    ...('default' in own && own.default !== undefined ? { default: own.default } : {}),
  };
}

function fieldsOf(spec: Spec, pathParameters: Parameter[], operation: Operation) {
  const fields: Record<string, ReturnType<typeof field>> = {};
  const add = (name: string, value: ReturnType<typeof field>) => {
    if (name in fields) {
      throw new Error(
        `Failed to render the request fields: ${operation.operationId} has two fields named ${name}.`,
      );
    }
    fields[name] = value;
  };
  for (const ref of [...pathParameters, ...(operation.parameters ?? [])]) {
    const parameter = resolve(spec, ref);
    add(
      parameter.name,
      field(spec, parameter.in, parameter.required === true, parameter, parameter.schema ?? {}),
    );
  }
  let anyOf: string[][] | undefined;
  if (operation.requestBody) {
    const body = resolve(spec, operation.requestBody).content?.['application/json']?.schema;
    if (!body) {
      throw new Error(
        `Failed to render the request fields: ${operation.operationId} has no JSON body schema.`,
      );
    }
    const schema = resolve(spec, body);
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      add(name, field(spec, 'body', required.has(name), property, property));
    }
    const groups = (schema.anyOf ?? []).map((branch) => branch.required ?? []);
    if (groups.length > 0) anyOf = groups;
  }
  return { fields, ...(anyOf ? { anyOf } : {}) };
}

/**
 * Renders the `requestFields` table (and its types) as TypeScript source, to append to the
 * generated spec data.
 *
 * @example
 * import { parse } from 'yaml';
 * import { renderBodyFields } from './render-body-fields';
 *
 * const source = renderBodyFields(parse(specText));
 */
export function renderBodyFields(spec: Spec): string {
  const table: Record<string, ReturnType<typeof fieldsOf>> = {};
  for (const item of Object.values(spec.paths)) {
    for (const method of methods) {
      const operation = item[method] as Operation | undefined;
      if (operation)
        table[operation.operationId] = fieldsOf(spec, item.parameters ?? [], operation);
    }
  }
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
