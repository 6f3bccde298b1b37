/**
 * What the console shows when IAM denies a call (400 AS.0031) or the API gateway throttles one
 * (429 APIG.0308): the provider's code and message, and nothing changed. jsdom, the mock behind MSW.
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { cleanup, screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { consoleScenario, groups, instances, projectId } from '../test/console-scenario';
import { alertText, renderConsole } from '../test/key-scenarios';

const mock = createLifecycleMock({ clock: 'virtual' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.reset();
  mock.seed(consoleScenario());
});
afterEach(() => cleanup());
afterAll(() => server.close());

const row = (instanceId: string) => screen.getByRole('row', { name: `instance ${instanceId}` });
const statusOf = (instanceId: string) =>
  mock.group(groups.web, projectId).instance_hanging_info.find((i) => i.instance_id === instanceId)
    ?.lifecycle_hook_status;

test('a callback IAM denies shows AS.0031 naming the action, and the instance still waits', async () => {
  mock.deny('callbackLifecycleHook');
  const user = await renderConsole();
  const id = instances.webLaunching;
  await user.click(within(row(id)).getByRole('button', { name: 'Continue' }));
  const text = await alertText();
  expect(text).toContain(`Continue ${id} failed.`);
  expect(text).toMatch(
    /AS\.0031: Policy doesn't allow \[as:instanceHooks:action\] to be performed\. \(request id [0-9a-f]{32}\)/,
  );
  expect(statusOf(id)).toBe('HANGING');
});

test("a throttled callback shows the gateway's APIG.0308 with the limit, and the instance still waits", async () => {
  const user = await renderConsole();
  mock.throttle({ perSecond: 0 });
  const id = instances.webLaunching;
  await user.click(within(row(id)).getByRole('button', { name: 'Continue' }));
  const text = await alertText();
  expect(text).toContain(`Continue ${id} failed.`);
  expect(text).toContain(
    'APIG.0308: The throttling threshold has been reached: policy user over ratelimit,limit:0,time:1 second',
  );
  expect(statusOf(id)).toBe('HANGING');
  // Nothing reached the service: the only callback the mock saw was refused at the gateway.
  expect(
    mock
      .requests()
      .filter((r) => r.operationId === 'callbackLifecycleHook')
      .map((r) => r.status),
  ).toEqual([429]);
});
