/**
 * The journal matchers, for `expect.extend` in vitest or Jest: did the mock receive a request,
 * with which fields, how many times. On a remote controller they answer a Promise.
 */
import {
  type CallbackLifecycleHookBody,
  type OperationId,
  operationRoutes,
} from '@as-lifecycle/types';
import type { JournalEntry } from '../core/journal';
import { formatEntries, formatExpected, requestCount } from './format';
import { closestEntries, type Equals, matchesPartial } from './partial-match';
import type { Partially, RequestPartial } from './types';

/**
 * What the matchers use of the runner's `this`: vitest's and Jest's matcher contexts both fit.
 *
 * @example
 * import type { LifecycleMatcherContext } from '@as-lifecycle/msw/matchers';
 *
 * const context: LifecycleMatcherContext = { isNot: false, equals: Object.is };
 */
export interface LifecycleMatcherContext {
  /** Whether the assertion is negated (`.not`). */
  isNot?: boolean | undefined;
  /** The runner's deep equality, which applies its asymmetric matchers. */
  equals(actual: unknown, expected: unknown): boolean;
}

/**
 * What a matcher answers its runner.
 *
 * @example
 * import type { LifecycleMatcherResult } from '@as-lifecycle/msw/matchers';
 *
 * const ok: LifecycleMatcherResult = { pass: true, message: () => 'received' };
 */
export interface LifecycleMatcherResult {
  pass: boolean;
  message: () => string;
}

type Outcome = LifecycleMatcherResult | Promise<LifecycleMatcherResult>;

/** At most this many journal entries in a message. */
const SHOWN = 5;

function requestsOf(name: string, received: unknown): JournalEntry[] | PromiseLike<JournalEntry[]> {
  const requests =
    typeof received === 'object' && received !== null
      ? (received as { requests?: unknown }).requests
      : undefined;
  if (typeof requests !== 'function') {
    throw new TypeError(
      `${name}: expect() takes the mock (a LifecycleMock, LifecycleController or RemoteLifecycleController), not ${typeof received === 'object' ? String(received) : typeof received}.`,
    );
  }
  return (requests as () => JournalEntry[] | PromiseLike<JournalEntry[]>).call(received);
}

/** Runs `judge` on the journal, at once or when a remote controller's journal arrives. */
function onJournal(
  name: string,
  received: unknown,
  judge: (entries: JournalEntry[]) => LifecycleMatcherResult,
): Outcome {
  const entries = requestsOf(name, received);
  return Array.isArray(entries) ? judge(entries) : Promise.resolve(entries).then(judge);
}

function checkOperation(name: string, operationId: unknown): asserts operationId is OperationId {
  if (typeof operationId !== 'string' || !Object.hasOwn(operationRoutes, operationId)) {
    throw new TypeError(
      `${name}: ${formatExpected(operationId)} is not an operation id; one of ${Object.keys(operationRoutes).join(', ')}.`,
    );
  }
}

function judgeRequest(
  context: LifecycleMatcherContext,
  entries: JournalEntry[],
  operationId: OperationId,
  partial: Record<string, unknown>,
  expected: string,
): LifecycleMatcherResult {
  const equals: Equals = (a, b) => context.equals(a, b);
  const matches = (entry: JournalEntry) =>
    entry.operationId === operationId && matchesPartial(entry, partial, equals);
  const matched = entries.filter(matches);
  const total = requestCount(entries.length);
  if (matched.length > 0) {
    return {
      pass: true,
      message: () =>
        `expected the mock not to have received ${expected}\nIt received ${total}; ${matched.length} matched:\n${formatEntries(matched.slice(-SHOWN), '')}`,
    };
  }
  const closest = closestEntries(entries, operationId, partial, equals, SHOWN).map((r) => r.entry);
  return {
    pass: false,
    message: () =>
      `expected the mock to have received ${expected}\nIt received ${total}${closest.length > 0 ? '; the closest:' : '.'}\n${formatEntries(closest, '(the journal is empty)')}`,
  };
}

/**
 * Passes when the mock received a request of `operationId` matching `partial`: any of the journal
 * entry's fields (`params`, `body`, `status`, `code`, `method`, `path`, `at`), objects on their
 * listed keys only, arrays and primitives equal, with the runner's asymmetric matchers. Answers a
 * Promise for a `RemoteLifecycleController`.
 *
 * @example
 * import { expect } from 'vitest';
 * import { toHaveReceivedRequest } from '@as-lifecycle/msw/matchers';
 *
 * expect.extend({ toHaveReceivedRequest });
 */
export function toHaveReceivedRequest(
  this: LifecycleMatcherContext,
  received: unknown,
  operationId: OperationId,
  partial: RequestPartial = {},
): Outcome {
  const name = 'toHaveReceivedRequest';
  checkOperation(name, operationId);
  const fields = partial as Record<string, unknown>;
  const expected = `${operationId}${Object.keys(fields).length > 0 ? ` with ${formatExpected(fields)}` : ''}`;
  return onJournal(name, received, (entries) =>
    judgeRequest(this, entries, operationId, fields, expected),
  );
}

/**
 * Passes when the mock received a `callbackLifecycleHook` request whose body has the fields of
 * `body` (matched as `toHaveReceivedRequest` matches); any callback without `body`. Answers a
 * Promise for a `RemoteLifecycleController`.
 *
 * @example
 * import { expect } from 'vitest';
 * import { toHaveReceivedCallback } from '@as-lifecycle/msw/matchers';
 *
 * expect.extend({ toHaveReceivedCallback });
 */
export function toHaveReceivedCallback(
  this: LifecycleMatcherContext,
  received: unknown,
  body?: Partially<CallbackLifecycleHookBody>,
): Outcome {
  const fields: Record<string, unknown> = body === undefined ? {} : { body };
  const expected = `a callback (callbackLifecycleHook)${body === undefined ? '' : ` with body ${formatExpected(body)}`}`;
  return onJournal('toHaveReceivedCallback', received, (entries) =>
    judgeRequest(this, entries, 'callbackLifecycleHook', fields, expected),
  );
}

/**
 * Passes when the mock received exactly `times` requests of `operationId`, whatever they were
 * answered. Answers a Promise for a `RemoteLifecycleController`.
 *
 * @example
 * import { expect } from 'vitest';
 * import { toHaveReceivedRequestTimes } from '@as-lifecycle/msw/matchers';
 *
 * expect.extend({ toHaveReceivedRequestTimes });
 */
export function toHaveReceivedRequestTimes(
  this: LifecycleMatcherContext,
  received: unknown,
  operationId: OperationId,
  times: number,
): Outcome {
  const name = 'toHaveReceivedRequestTimes';
  checkOperation(name, operationId);
  if (!Number.isInteger(times) || times < 0) {
    throw new TypeError(`${name}: times must be a whole number >= 0, not ${String(times)}.`);
  }
  return onJournal(name, received, (entries) => {
    const of = entries.filter((entry) => entry.operationId === operationId);
    const counted = `${operationId} ${times} time${times === 1 ? '' : 's'}`;
    const got = `It received it ${of.length} time${of.length === 1 ? '' : 's'} (of ${requestCount(entries.length)})`;
    const shown = `${of.length > SHOWN ? `; the last ${SHOWN}` : ''}:\n${formatEntries(of.slice(-SHOWN), `(no ${operationId} request)`)}`;
    return {
      pass: of.length === times,
      message: () =>
        of.length === times
          ? `expected the mock not to have received ${counted}\n${got}${shown}`
          : `expected the mock to have received ${counted}\n${got}${shown}`,
    };
  });
}

/**
 * The matchers, for `expect.extend(lifecycleMatchers)` in vitest or Jest. The `vitest` and `jest`
 * entries of this package call it and type the matchers; call it yourself with either runner.
 *
 * @example
 * import { expect } from 'vitest';
 * import { lifecycleMatchers } from '@as-lifecycle/msw/matchers';
 *
 * expect.extend(lifecycleMatchers);
 */
export const lifecycleMatchers = {
  toHaveReceivedCallback,
  toHaveReceivedRequest,
  toHaveReceivedRequestTimes,
};
