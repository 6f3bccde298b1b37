/** The types of the journal matchers: what they take, and the matchers as a runner sees them. */
import type {
  AsErrorCode,
  CallbackLifecycleHookBody,
  CreateLifecycleHookBody,
  OperationId,
  UpdateLifecycleHookBody,
} from '@as-lifecycle/types';
import type { AsymmetricMatcherLike } from './partial-match';

/**
 * A partial of `T` for the matchers: objects with any of their keys (nested likewise), arrays and
 * primitives whole, and an asymmetric matcher (`expect.stringMatching(…)`) anywhere.
 *
 * @example
 * import type { Partially } from '@as-lifecycle/msw/matchers';
 *
 * const some: Partially<{ a: { b: string; c: number } }> = { a: { c: 1 } };
 */
export type Partially<T> = T extends readonly unknown[]
  ? T | AsymmetricMatcherLike
  : T extends object
    ? { [K in keyof T]?: Partially<T[K]> | AsymmetricMatcherLike }
    : T | AsymmetricMatcherLike;

/**
 * The request body an operation takes, for the partial a matcher checks it with.
 *
 * @example
 * import type { RequestBodyOf } from '@as-lifecycle/msw/matchers';
 *
 * const result: RequestBodyOf<'callbackLifecycleHook'>['lifecycle_action_result'] = 'CONTINUE';
 */
export type RequestBodyOf<O extends OperationId> = O extends 'callbackLifecycleHook'
  ? CallbackLifecycleHookBody
  : O extends 'createLifecycleHook'
    ? CreateLifecycleHookBody
    : O extends 'updateLifecycleHook'
      ? UpdateLifecycleHookBody
      : Record<string, unknown>;

/**
 * What `toHaveReceivedRequest` checks a journal entry with: any of the entry's fields, each
 * matched partially (`params` and `body` on their listed keys only). A field left out is not
 * checked; `code: undefined` asks for a request that was not answered an error.
 *
 * @example
 * import type { RequestPartial } from '@as-lifecycle/msw/matchers';
 *
 * const refused: RequestPartial<'callbackLifecycleHook'> = {
 *   params: { scaling_group_id: groupId },
 *   body: { lifecycle_action_result: 'CONTINUE' },
 *   status: 400,
 * };
 */
export interface RequestPartial<O extends OperationId = OperationId> {
  /** Path and query parameters, decoded: the keys listed only. */
  params?: { [name: string]: string | AsymmetricMatcherLike };
  /** The request body: the keys listed only, nested likewise. */
  body?: Partially<RequestBodyOf<O>> | AsymmetricMatcherLike;
  /** The status answered; 0 for a network fault. */
  status?: number | AsymmetricMatcherLike;
  /** The AS error code answered, or `undefined` for none. */
  code?: AsErrorCode | AsymmetricMatcherLike | undefined;
  method?: string | AsymmetricMatcherLike;
  /** Path and query as received. */
  path?: string | AsymmetricMatcherLike;
  /** The mock clock's instant when the request arrived. */
  at?: string | AsymmetricMatcherLike;
}

/**
 * What a matcher on `T` answers: a Promise for a remote controller (async `requests()`).
 *
 * @example
 * import type { RemoteLifecycleController } from '@as-lifecycle/msw';
 * import type { MatcherReturn } from '@as-lifecycle/msw/matchers';
 *
 * const settled = (answer: MatcherReturn<void, RemoteLifecycleController>) => answer.then(() => 0);
 */
export type MatcherReturn<R, T> =
  R extends PromiseLike<unknown>
    ? R
    : T extends { requests(): PromiseLike<unknown> }
      ? Promise<R>
      : R;

/**
 * The journal matchers as an `expect(…)` chain has them: `R` is what the runner's matchers
 * return, `T` the value under test. The vitest and Jest entries add them to their runner's types.
 *
 * @example
 * import type { LifecycleMatchers } from '@as-lifecycle/msw/matchers';
 *
 * declare const assertion: LifecycleMatchers<void, typeof mock>;
 * assertion.toHaveReceivedRequestTimes('callbackLifecycleHook', 1);
 */
export interface LifecycleMatchers<R = void, T = unknown> {
  /**
   * The mock received a `callbackLifecycleHook` request whose body has these fields (any
   * callback, without a body). Awaited for a `RemoteLifecycleController`.
   */
  toHaveReceivedCallback(body?: Partially<CallbackLifecycleHookBody>): MatcherReturn<R, T>;
  /**
   * The mock received a request of the operation matching the partial entry (`params`, `body`,
   * `status`, `code`…; each on its listed keys). Awaited for a `RemoteLifecycleController`.
   */
  toHaveReceivedRequest<O extends OperationId>(
    operationId: O,
    partial?: RequestPartial<O>,
  ): MatcherReturn<R, T>;
  /** The mock received exactly `times` requests of the operation (whatever they were answered). */
  toHaveReceivedRequestTimes(operationId: OperationId, times: number): MatcherReturn<R, T>;
}
