/**
 * openapi-typescript renders `anyOf` branches that only list `required` properties as `unknown`, which
 * erases the whole type (the callback body's target rule is such a branch). Before generating types,
 * this rewrites each such schema into a union of complete objects, one per branch, each with the
 * branch's properties required: `{ key: string; … } | { instance_id: string; lifecycle_hook_name: string; … }`.
 * The spec itself keeps the plain form, which validators and error-code mapping read more simply.
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRequiredOnly = (branch: unknown): branch is { required: string[] } =>
  isNode(branch) &&
  Array.isArray(branch.required) &&
  Object.keys(branch).every((key) => key === 'required' || key === 'type');

export function expandRequiredBranches<T>(value: T): T {
  if (Array.isArray(value)) return value.map(expandRequiredBranches) as T;
  if (!isNode(value)) return value;
  const node = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, expandRequiredBranches(child)]),
  );
  const branches = node.anyOf ?? node.oneOf;
  if (!isNode(node.properties) || !Array.isArray(branches) || !branches.every(isRequiredOnly)) {
    return node as T;
  }
  const { anyOf: _anyOf, oneOf: _oneOf, required = [], ...base } = node;
  return {
    anyOf: branches.map((branch) => ({
      ...base,
      required: [...new Set([...(required as string[]), ...branch.required])],
    })),
  } as T;
}
