/** Reading the parsed spec: JSON pointers, `$ref`s and the operations that take a body. */

/** A node of the parsed spec. */
export type Node = Record<string, unknown>;

/** The rules a request body has before its schema applies. */
export const requestBodyRules = ['empty', 'syntax', 'mediaType'] as const;

/** The node at a local `$ref` (`#/components/…`); throws when there is none. */
export function resolve(spec: Node, ref: string): Node {
  let node: unknown = spec;
  for (const segment of ref.replace(/^#\//, '').split('/')) {
    node = (node as Node | undefined)?.[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (typeof node !== 'object' || node === null) {
    throw new Error(
      `Failed to read the spec: nothing at ${ref}. Fix the $ref in spec/openapi.yaml.`,
    );
  }
  return node as Node;
}

/** The node itself, or the node its `$ref` names. */
export const deref = (spec: Node, node: Node): Node =>
  typeof node.$ref === 'string' ? resolve(spec, node.$ref) : node;

/** An operation with a JSON request body, as the spec declares it. */
export interface BodyOperation {
  operationId: string;
  /** The request body object (its `x-as-error-codes` hold `empty`, `syntax`, `mediaType`). */
  requestBody: Node;
  /** The `$ref` of the body's schema, `#/components/schemas/…`. */
  schemaRef: string;
  /** The body's schema. */
  schema: Node;
}

/** Every operation with a request body, in the spec's order, found through its `$ref`s. */
export function bodyOperations(spec: Node): BodyOperation[] {
  const found: BodyOperation[] = [];
  for (const item of Object.values(spec.paths as Record<string, Record<string, Node>>)) {
    for (const operation of Object.values(item)) {
      if (typeof operation.operationId !== 'string' || !operation.requestBody) continue;
      const requestBody = deref(spec, operation.requestBody as Node);
      const content = requestBody.content as Record<string, { schema?: Node }> | undefined;
      const schemaRef = content?.['application/json']?.schema?.$ref;
      if (typeof schemaRef !== 'string') {
        throw new Error(
          `Failed to read the spec: ${operation.operationId}'s body has no application/json schema $ref. Name its schema in components.`,
        );
      }
      found.push({
        operationId: operation.operationId,
        requestBody,
        schemaRef,
        schema: resolve(spec, schemaRef),
      });
    }
  }
  return found;
}

/**
 * The `x-as-error-codes` of a body schema (no field) or of one of its properties: the property's own
 * codes over those of the schema it `$ref`s, as spec/test/spec-document.ts `codesOf` merges them.
 */
export function codesOf(spec: Node, bodySchema: Node, field?: string): Record<string, string> {
  const node = field ? ((bodySchema.properties as Record<string, Node>)[field] ?? {}) : bodySchema;
  return {
    ...(deref(spec, node)['x-as-error-codes'] as Record<string, string> | undefined),
    ...(node['x-as-error-codes'] as Record<string, string> | undefined),
  };
}
