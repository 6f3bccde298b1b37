/**
 * The console's Playwright test: `@as-lifecycle/msw/playwright`'s fixtures (a mock server per
 * worker, a fresh mock per test seeded with the console's scenario, `/autoscaling-api/` routed to
 * it), and the helpers the specs share.
 */
import type { LifecycleMock } from '@as-lifecycle/msw';
import {
  type LifecycleFixtures,
  type LifecycleWorkerFixtures,
  lifecycleFixtures,
} from '@as-lifecycle/msw/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { ConsoleConfig } from '../src/config';
import { consoleScenario, projectId, testConfig } from '../test/console-scenario';

export const test = base
  .extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures)
  .extend({
    // The console's world, its timeouts counted from when the test file loads.
    lifecycleScenario: consoleScenario(),
  });
export { expect };

/**
 * Opens the console on the web group: its `console-config.json` (the project, the groups, no
 * automatic refresh) answered by the test; the endpoint is the page's own origin, whose
 * `/autoscaling-api/` the fixture routes to this worker's mock, unless `endpoint` is given.
 */
export async function openConsole(
  page: Page,
  options: { group?: string; endpoint?: string } = {},
): Promise<void> {
  const { endpoint: _, ...config } = testConfig;
  const served: Partial<ConsoleConfig> = {
    ...config,
    ...(options.group === undefined ? {} : { groups: [options.group] }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  };
  await page.route('**/console-config.json', (route) => route.fulfill({ json: served }));
  await page.goto('/');
}

/** The row of an instance in the hanging list. */
export const row = (page: Page, instanceId: string) =>
  page.getByRole('row', { name: `instance ${instanceId}` });

/** The instance ids the page lists, in order. */
export const listedIds = (page: Page) =>
  page
    .getByRole('region', { name: 'Hanging instances' })
    .getByRole('row', { name: /^instance / })
    .evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('aria-label')?.slice('instance '.length)),
    );

/** An instance's state in the mock: `undefined` once it left the group. */
export const stateOf = (mock: LifecycleMock, group: string, instanceId: string) =>
  mock.group(group, projectId).instances.find((i) => i.instance_id === instanceId)?.lifecycle_state;

/** The lifecycle action keys of the callbacks the mock received. */
export const callbackKeys = (mock: LifecycleMock) =>
  mock
    .requests()
    .filter((r) => r.operationId === 'callbackLifecycleHook')
    .map((r) => r.body?.lifecycle_action_key);
