import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import { runWholeLaunch } from '../../test/launch-scenario';
import { createLifecycleMock } from '../create-lifecycle-mock';

const mock = createLifecycleMock({ scenario, clock: 'virtual' });
const worker = setupWorker(...mock.handlers);
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }).then(() => undefined));
afterAll(() => worker.stop());

test('in a real browser, setupWorker serves the whole launch on a cross-origin region endpoint', async () => {
  await runWholeLaunch(
    mock,
    (input, init) => fetch(input, init),
    'https://as.cn-north-4.myhuaweicloud.com',
  );
});

test('in a real browser, a network fault is a failed fetch and the clock applies default results', async () => {
  mock.reset();
  mock.fail('listHookInstances', { network: true });
  const list = `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`;
  await expect(fetch(list)).rejects.toThrow();
  mock.clock.advance(3600);
  expect(await (await fetch(list)).json()).toEqual({ instance_hanging_info: [] });
});
