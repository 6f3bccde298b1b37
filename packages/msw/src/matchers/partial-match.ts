/**
 * Partial deep equality over journal entries: objects match on their listed keys only, arrays and
 * primitives must be equal, and the runner's `equals` decides each leaf (so its asymmetric
 * matchers, `expect.stringMatching` and the like, work anywhere in the expected value).
 */
import type { JournalEntry } from '../core/journal';

/**
 * What the runners' asymmetric matchers have in common (`expect.any`, `expect.stringMatching`…).
 *
 * @example
 * import type { AsymmetricMatcherLike } from '@as-lifecycle/msw/matchers';
 *
 * const anyKey: AsymmetricMatcherLike = { asymmetricMatch: (key) => typeof key === 'string' };
 */
export interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
}

/** The runner's deep equality (`this.equals` of a matcher), asymmetric matchers included. */
export type Equals = (actual: unknown, expected: unknown) => boolean;

/** Whether a value is an asymmetric matcher, which the runner's `equals` applies whole. */
export function isAsymmetric(value: unknown): value is AsymmetricMatcherLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<AsymmetricMatcherLike>).asymmetricMatch === 'function'
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Any realm's Object.prototype, not only this one's: Jest runs a test in a vm context, and the
  // journal's entries (structuredClone'd) may come from the outer realm.
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** How many of the expected leaves an actual value matched, out of how many. */
export interface Score {
  matched: number;
  total: number;
}

/**
 * Scores `actual` against a partial `expected`: a plain object counts each listed key's leaves,
 * anything else (arrays, primitives, asymmetric matchers) is one leaf that `equals` decides.
 */
export function scorePartial(actual: unknown, expected: unknown, equals: Equals): Score {
  if (!isPlainObject(expected) || isAsymmetric(expected)) {
    return { matched: equals(actual, expected) ? 1 : 0, total: 1 };
  }
  const score: Score = { matched: 0, total: 0 };
  const object = isPlainObject(actual) ? actual : undefined;
  for (const [key, value] of Object.entries(expected)) {
    // A missing key reads as undefined (JSON drops it on the way from a remote mock).
    const inner = scorePartial(
      object === undefined || !Object.hasOwn(object, key) ? undefined : object[key],
      value,
      equals,
    );
    score.matched += object === undefined ? 0 : inner.matched;
    score.total += inner.total;
  }
  return score;
}

/** Whether `actual` matches every field of a partial `expected`. */
export function matchesPartial(actual: unknown, expected: unknown, equals: Equals): boolean {
  const { matched, total } = scorePartial(actual, expected, equals);
  return matched === total;
}

/** A journal entry with how close it came to what was expected. */
export interface RankedEntry {
  entry: JournalEntry;
  sameOperation: boolean;
  score: Score;
}

/**
 * The entries closest to an expected operation and partial entry: the same operation first, then
 * by how many expected fields matched, then newest first; at most `limit`.
 */
export function closestEntries(
  entries: readonly JournalEntry[],
  operationId: string,
  expected: Record<string, unknown>,
  equals: Equals,
  limit = 5,
): RankedEntry[] {
  return entries
    .map((entry, index) => ({
      entry,
      index,
      sameOperation: entry.operationId === operationId,
      score: scorePartial(entry, expected, equals),
    }))
    .sort(
      (a, b) =>
        Number(b.sameOperation) - Number(a.sameOperation) ||
        b.score.matched - a.score.matched ||
        b.index - a.index,
    )
    .slice(0, limit)
    .map(({ entry, sameOperation, score }) => ({ entry, sameOperation, score }));
}
