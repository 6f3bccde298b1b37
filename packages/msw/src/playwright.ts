/**
 * Playwright fixtures for Node: each worker its own `as-lifecycle-mock` on a free loopback port,
 * each test a fresh mock seeded with its scenario, each page's API calls routed to it.
 * `@playwright/test` is an optional peer, imported for its types only.
 *
 * @example
 * import { expect, test as base } from '@playwright/test';
 * import {
 *   type LifecycleFixtures,
 *   lifecycleFixtures,
 *   type LifecycleWorkerFixtures,
 * } from '@as-lifecycle/msw/playwright';
 *
 * export const test = base.extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures);
 * export { expect };
 */
export {
  type LifecycleFixtures,
  type LifecycleServerOptions,
  type LifecycleWorkerFixtures,
  type LifecycleWorkerServer,
  lifecycleFixtures,
} from './playwright/lifecycle-fixtures';
