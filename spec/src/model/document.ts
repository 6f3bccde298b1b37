/** Reading the parsed document: JSON pointers, `$ref`s and a walk over every node. */

/** A node of the parsed spec. */
export type Node = Record<string, unknown>;

/**
 * Escapes one JSON-pointer segment (`~` and `/`).
 *
 * @example
 * segment('/autoscaling-api/v1/{project_id}'); // '~1autoscaling-api~1v1~1{project_id}'
 */
export const segment = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Reads one escaped JSON-pointer segment back.
 *
 * @example
 * unescapeSegment('a~1b'); // 'a/b'
 */
export const unescapeSegment = (part: string): string =>
  part.replaceAll('~1', '/').replaceAll('~0', '~');

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/**
 * The node at a JSON pointer of `document` (`/components/…`, or a `$ref` with its leading `#`).
 * Throws when there is none, naming the pointer.
 *
 * @example
 * import { nodeAt } from '@as-lifecycle/spec/model';
 * import { loadSpecDocument } from '@as-lifecycle/spec/load';
 *
 * nodeAt(loadSpecDocument(), '#/components/schemas/LifecycleHookName').maxLength; // 32
 */
export function nodeAt(document: Node, pointer: string): Node {
  let node: unknown = document;
  for (const part of pointer.replace(/^#/, '').split('/').slice(1)) {
    node = isNode(node) ? node[unescapeSegment(part)] : undefined;
  }
  if (!isNode(node)) {
    throw new Error(
      `Failed to read the spec: nothing at ${pointer}. Fix the $ref in openapi.yaml.`,
    );
  }
  return node;
}

/** A node and the JSON pointer it lives at. */
export interface Located {
  node: Node;
  pointer: string;
}

/**
 * A node and its pointer, following its `$ref` once (as the spec nests them).
 *
 * @example
 * import { follow } from '@as-lifecycle/spec/model';
 * import { loadSpecDocument } from '@as-lifecycle/spec/load';
 *
 * const document = loadSpecDocument();
 * follow(document, { $ref: '#/components/schemas/LifecycleHookName' }, '').pointer;
 * // '/components/schemas/LifecycleHookName'
 */
export function follow(document: Node, node: Node, pointer: string): Located {
  const ref = node.$ref;
  return typeof ref === 'string'
    ? { node: nodeAt(document, ref), pointer: ref.replace(/^#/, '') }
    : { node, pointer };
}

/**
 * Every node of the document with its JSON pointer, depth first.
 *
 * @example
 * import { walk } from '@as-lifecycle/spec/model';
 * import { loadSpecDocument } from '@as-lifecycle/spec/load';
 *
 * for (const [node, pointer] of walk(loadSpecDocument())) {
 *   if ('x-as-decision' in node) console.log(pointer);
 * }
 */
export function* walk(node: unknown, pointer = ''): Generator<[Node, string]> {
  if (!isNode(node)) return;
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) yield* walk(child, `${pointer}/${index}`);
    return;
  }
  yield [node, pointer];
  for (const [key, child] of Object.entries(node)) yield* walk(child, `${pointer}/${segment(key)}`);
}
