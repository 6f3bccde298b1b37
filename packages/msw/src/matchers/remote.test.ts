import { base, ids, readmeScenario } from '@as-lifecycle/test-kit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { createLifecycleMock } from '../create-lifecycle-mock';
import {
  connectLifecycleMock,
  type RemoteLifecycleController,
} from '../remote/connect-lifecycle-mock';
import { createMockServer, type MockServer } from '../server/create-mock-server';
import '../vitest';

const mock = createLifecycleMock({ scenario: readmeScenario, clock: 'virtual' });
let server: MockServer;
let remote: RemoteLifecycleController;
beforeAll(async () => {
  server = await createMockServer(mock, { port: 0 });
  remote = connectLifecycleMock(server.url);
});
afterAll(() => server.close());
beforeEach(() => remote.reset());

const path = `${new URL(base).pathname}/scaling_instance_hook/${ids.group}`;
const callback = (body: Record<string, unknown>) =>
  fetch(new URL(`${path}/callback`, server.url), {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

test('on a remote controller the matchers answer a Promise, awaited', async () => {
  await callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' });
  const pending = expect(remote).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' });
  expect(pending).toBeInstanceOf(Promise);
  await pending;
  await expect(remote).not.toHaveReceivedCallback({ lifecycle_action_result: 'ABANDON' });
  await expect(remote).toHaveReceivedRequest('callbackLifecycleHook', {
    params: { scaling_group_id: ids.group },
    status: 204,
    code: undefined,
  });
  await expect(remote).toHaveReceivedRequestTimes('callbackLifecycleHook', 1);
  await expect(remote).not.toHaveReceivedRequestTimes('listHookInstances', 1);
});

test('a remote failure rejects with the closest entries', async () => {
  await callback({ lifecycle_action_key: 'k1', lifecycle_action_result: 'EXTEND' });
  await expect(
    expect(remote).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' }),
  ).rejects.toThrow(
    new RegExp(
      `It received 1 request; the closest:\\n {2}PUT ${path}/callback → 400 AS\\.\\d+ \\{"lifecycle_action_key":"k1"`,
    ),
  );
});
