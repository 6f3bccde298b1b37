/**
 * Playwright fixtures: one `as-lifecycle-mock` server per worker on a free loopback port, a fresh
 * mock behind it for each test (seeded with the test's scenario), the page's API calls routed to
 * it. `@playwright/test` is only a type here: this module loads without it.
 */
import type {
  BrowserContext,
  Fixtures,
  PlaywrightTestArgs,
  PlaywrightTestOptions,
  PlaywrightWorkerArgs,
  PlaywrightWorkerOptions,
} from '@playwright/test';
import type { Scenario } from '../core/scenario-schema';
import { ScenarioError } from '../core/seed';
import {
  createLifecycleMock,
  type LifecycleMock,
  type LifecycleMockOptions,
} from '../create-lifecycle-mock';
import { createMockServer, type MockServerOptions } from '../server/create-mock-server';
import { checkRoutes, routeToMock } from './route-to-mock';
import { switchableMock } from './switchable-mock';

/**
 * What the worker's server accepts besides loopback callers on its own origin: the page origins that
 * may call it directly (CORS), and extra host names. It always listens on 127.0.0.1, on a free port.
 *
 * @example
 * import type { LifecycleServerOptions } from '@as-lifecycle/msw/playwright';
 *
 * const options: LifecycleServerOptions = { corsOrigins: ['http://127.0.0.1:4173'] };
 */
export type LifecycleServerOptions = Pick<
  MockServerOptions,
  'corsOrigins' | 'controlCorsOrigins' | 'allowHosts' | 'requestTimeoutMs'
>;

/**
 * The worker's `as-lifecycle-mock`: its URL, and the mock it serves (the current test's).
 *
 * @example
 * import type { LifecycleWorkerServer } from '@as-lifecycle/msw/playwright';
 *
 * const stateUrl = (server: LifecycleWorkerServer) => `${server.url}/__mock/state`;
 */
export interface LifecycleWorkerServer {
  /** The base URL, `http://127.0.0.1:<port>`; another port in each worker. */
  readonly url: string;
  /** Makes the server answer from `mock` (the fixtures call it for each test). */
  serve(mock: LifecycleMock): void;
}

/**
 * The worker-scoped fixtures: `lifecycleServerOptions` (an option, set in the config's `use` or
 * at the top of a file) and `lifecycleServer`.
 *
 * @example
 * import { test as base } from '@playwright/test';
 * import {
 *   type LifecycleFixtures,
 *   lifecycleFixtures,
 *   type LifecycleWorkerFixtures,
 * } from '@as-lifecycle/msw/playwright';
 *
 * export const test = base.extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures);
 */
export interface LifecycleWorkerFixtures {
  /** Default `{}`: only callers on the server's own origin and routed pages. */
  lifecycleServerOptions: LifecycleServerOptions;
  /** This worker's server, started at the worker's first test that needs it, closed at its end. */
  lifecycleServer: LifecycleWorkerServer;
}

/**
 * The test-scoped fixtures: the options (`lifecycleScenario`, `lifecycleClock`, `lifecycleRoutes`,
 * set with `test.use`) and the test's `lifecycleMock` and `lifecycleMockUrl`. The `context` (and so
 * `page`) routes `lifecycleRoutes` to the mock.
 *
 * @example
 * import { expect, test as base } from '@playwright/test';
 * import {
 *   type LifecycleFixtures,
 *   lifecycleFixtures,
 *   type LifecycleWorkerFixtures,
 * } from '@as-lifecycle/msw/playwright';
 *
 * const test = base.extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures);
 * test('starts empty', async ({ lifecycleMock }) => {
 *   expect(lifecycleMock.requests()).toEqual([]);
 * });
 */
export interface LifecycleFixtures {
  /**
   * The one scenario seeded into each test's fresh mock; default none. A test seeds more projects
   * with `lifecycleMock.seed(…)`. A function value is a Playwright fixture:
   * `test.use({ lifecycleScenario: async ({}, use) => use(scenarioAt(Date.now())) })`.
   */
  lifecycleScenario: Scenario | undefined;
  /** Each test's clock: `'virtual'` (default, starts at the test's start), `'real'`, or `{ start }`. */
  lifecycleClock: NonNullable<LifecycleMockOptions['clock']>;
  /**
   * URL globs (`**` any characters, `*` any but `/`) of the page's requests sent to the mock;
   * default `['**\/autoscaling-api/**']`. Requests to the mock's own URL are never routed.
   */
  lifecycleRoutes: readonly string[];
  /**
   * The test's mock, in this worker's process: its controller (`seed`, `clock`, `group`,
   * `requests`, `fail`, …) is synchronous and called directly. A mock running elsewhere (another
   * process, a container) is driven with `connectLifecycleMock(url)` instead.
   */
  lifecycleMock: LifecycleMock;
  /** The worker's server URL, serving this test's mock: for an app that calls the mock directly. */
  lifecycleMockUrl: string;
}

type BaseTestArgs = PlaywrightTestArgs & PlaywrightTestOptions & { context: BrowserContext };
type BaseWorkerArgs = PlaywrightWorkerArgs & PlaywrightWorkerOptions;

/** A mock of the test's scenario and clock, or an error that names the option to fix. */
function mockFor(
  scenario: unknown,
  clock: NonNullable<LifecycleMockOptions['clock']>,
): LifecycleMock {
  if (Array.isArray(scenario)) {
    throw new TypeError(
      'lifecycleScenario takes one scenario, not a list: Playwright reads a two-item array in test.use as a fixture and its options. Seed the other projects with lifecycleMock.seed(scenario) in the test.',
    );
  }
  try {
    return createLifecycleMock({
      clock,
      ...(scenario === undefined ? {} : { scenario: scenario as Scenario }),
    });
  } catch (error) {
    if (error instanceof ScenarioError) {
      throw new ScenarioError(
        error.errors.map(
          (e) => `${e} (in the lifecycleScenario option: fix what test.use gives it)`,
        ),
      );
    }
    throw error;
  }
}

/**
 * The fixtures, for `test.extend`: each worker gets its own `as-lifecycle-mock` on a free port of
 * 127.0.0.1; each test a fresh mock behind it, seeded with `lifecycleScenario`, so nothing (state,
 * journal, faults, clock) passes from one test to the next; each `page` has `lifecycleRoutes`
 * routed to it.
 *
 * @example
 * import { expect, test as base } from '@playwright/test';
 * import {
 *   type LifecycleFixtures,
 *   lifecycleFixtures,
 *   type LifecycleWorkerFixtures,
 * } from '@as-lifecycle/msw/playwright';
 *
 * const test = base.extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures);
 * test('the page lists the held instance', async ({ page, lifecycleMock }) => {
 *   await page.goto('/');
 *   expect(lifecycleMock.requests().length).toBeGreaterThan(0);
 * });
 */
export const lifecycleFixtures: Fixtures<
  LifecycleFixtures,
  LifecycleWorkerFixtures,
  BaseTestArgs,
  BaseWorkerArgs
> = {
  lifecycleServerOptions: [{}, { scope: 'worker', option: true }],
  lifecycleServer: [
    async ({ lifecycleServerOptions }, use) => {
      const served = switchableMock(createLifecycleMock({ clock: 'virtual' }));
      let server: Awaited<ReturnType<typeof createMockServer>>;
      try {
        server = await createMockServer(served.mock, {
          ...lifecycleServerOptions,
          port: 0,
          host: '127.0.0.1',
        });
      } catch (error) {
        throw new Error(
          `Failed to start this worker's as-lifecycle-mock on 127.0.0.1: ${(error as Error).message}. Check lifecycleServerOptions and that loopback is usable.`,
        );
      }
      try {
        await use({ url: server.url, serve: served.serve });
      } finally {
        await server.close();
      }
    },
    { scope: 'worker', box: true, title: 'as-lifecycle-mock server' },
  ],
  lifecycleScenario: [undefined, { option: true }],
  lifecycleClock: ['virtual', { option: true }],
  lifecycleRoutes: [['**/autoscaling-api/**'], { option: true }],
  lifecycleMock: [
    async ({ lifecycleServer, lifecycleScenario, lifecycleClock }, use) => {
      const mock = mockFor(lifecycleScenario, lifecycleClock);
      lifecycleServer.serve(mock);
      try {
        await use(mock);
      } finally {
        // Whatever the test did or however it ended, the server drops this test's mock.
        lifecycleServer.serve(createLifecycleMock({ clock: 'virtual' }));
      }
    },
    { box: true, title: 'as-lifecycle mock' },
  ],
  lifecycleMockUrl: async ({ lifecycleServer, lifecycleMock }, use) => {
    void lifecycleMock;
    await use(lifecycleServer.url);
  },
  context: async ({ context, lifecycleServer, lifecycleMock, lifecycleRoutes }, use) => {
    void lifecycleMock;
    await routeToMock(context, lifecycleServer.url, checkRoutes(lifecycleRoutes));
    await use(context);
  },
};
