/**
 * The journal matchers in vitest: importing this module (as a setup file, or at the top of a test
 * file) calls `expect.extend` with them and adds them to vitest's `expect(…)` types.
 *
 * @example
 * // vitest.config.ts: test: { setupFiles: ['@as-lifecycle/msw/vitest'] }
 * import '@as-lifecycle/msw/vitest';
 * import { expect } from 'vitest';
 *
 * expect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' });
 */
import { expect } from 'vitest';
import { lifecycleMatchers } from './matchers/matchers';
import type { LifecycleMatchers } from './matchers/types';

expect.extend(lifecycleMatchers);

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares `Matchers<T = any>`; merged declarations must agree.
  interface Matchers<T = any> extends LifecycleMatchers<void, T> {}
}

export { lifecycleMatchers };
