/**
 * How deeply a value nests, measured without recursion. `JSON.parse` accepts any depth, but
 * `structuredClone`, `JSON.stringify` and recursive walks overflow the stack a few thousand levels
 * down: the mock refuses or sets aside anything nested deeper than it can copy, before it keeps it.
 */

/** The deepest nesting the mock keeps: far beyond any body of the API (3 levels) or scenario (5). */
export const MAX_DEPTH = 64;

/**
 * Whether `value` nests objects or arrays more than `limit` levels deep (a cycle counts as too
 * deep only where it is too deep: a shared or cyclic object is walked once). Stops at the first level
 * past the limit, so a hostile value costs at most what it holds down to that level.
 *
 * @example
 * nestsDeeperThan(JSON.parse('[[[]]]'), 2); // true
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_DEPTH): boolean {
  const seen = new WeakSet<object>();
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    if (depth > limit) return true;
    seen.add(node);
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
