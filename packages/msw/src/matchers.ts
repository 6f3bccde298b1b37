/**
 * Matchers over the mock's request journal, for `expect.extend` in vitest or Jest:
 * `toHaveReceivedCallback`, `toHaveReceivedRequest`, `toHaveReceivedRequestTimes`. Import
 * `@as-lifecycle/msw/vitest` or `@as-lifecycle/msw/jest` for the types and the `extend` call.
 *
 * @example
 * import { expect } from 'vitest';
 * import { lifecycleMatchers } from '@as-lifecycle/msw/matchers';
 *
 * expect.extend(lifecycleMatchers);
 */
export {
  type LifecycleMatcherContext,
  type LifecycleMatcherResult,
  lifecycleMatchers,
  toHaveReceivedCallback,
  toHaveReceivedRequest,
  toHaveReceivedRequestTimes,
} from './matchers/matchers';
export type { AsymmetricMatcherLike } from './matchers/partial-match';
export type {
  LifecycleMatchers,
  MatcherReturn,
  Partially,
  RequestBodyOf,
  RequestPartial,
} from './matchers/types';
