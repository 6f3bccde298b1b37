/**
 * The journal matchers in Jest: importing this module (in `setupFilesAfterEnv`, or at the top of
 * a test file) calls the global `expect.extend` with them and adds them to the `expect` package's
 * `Matchers` (what `@jest/globals` types `expect(…)` with) and to `@types/jest`'s `jest.Matchers`.
 * The types need the `expect` package resolvable from this one (with pnpm, a dev dependency of
 * yours); without the global `expect` (`injectGlobals: false`), call
 * `expect.extend(lifecycleMatchers)` yourself.
 *
 * @example
 * // jest.config.ts: setupFilesAfterEnv: ['@as-lifecycle/msw/jest']
 * import { lifecycleMatchers } from '@as-lifecycle/msw/jest';
 *
 * const names = Object.keys(lifecycleMatchers);
 */
import type { Matchers as ExpectMatchers } from 'expect';
import { lifecycleMatchers } from './matchers/matchers';
import type { LifecycleMatchers } from './matchers/types';

interface Extendable {
  extend(matchers: typeof lifecycleMatchers): void;
}

const globalExpect = (globalThis as { expect?: Partial<Extendable> }).expect;
if (typeof globalExpect?.extend === 'function') {
  globalExpect.extend(lifecycleMatchers);
}

declare module 'expect' {
  interface Matchers<R extends void | Promise<void>, T = unknown> extends LifecycleMatchers<R, T> {}
}

declare global {
  namespace jest {
    // biome-ignore lint/complexity/noBannedTypes: @types/jest declares `Matchers<R, T = {}>`; merged declarations must agree.
    interface Matchers<R, T = {}> extends LifecycleMatchers<R, T> {}
  }
}

/**
 * Jest's `expect(value)` chain, matchers of this package included (the `expect` package's
 * `Matchers`, which `@jest/globals` answers).
 *
 * @example
 * import type { JestAssertion } from '@as-lifecycle/msw/jest';
 *
 * const received = (assertion: JestAssertion<typeof mock>) => assertion.toHaveReceivedCallback();
 */
export type JestAssertion<T = unknown> = ExpectMatchers<void, T>;

export { lifecycleMatchers };
