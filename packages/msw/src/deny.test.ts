import { expect, test } from 'vitest';
import { call, ids, scenario, topic } from '../test/fixtures';
import { MockControlError } from './controller/lifecycle-controller';
import { createLifecycleMock } from './create-lifecycle-mock';

const start = '2026-01-01T00:00:00Z';
const hooks = `/scaling_lifecycle_hook/${ids.group}`;
const newHook = {
  lifecycle_hook_name: 'x',
  lifecycle_hook_type: 'INSTANCE_TERMINATING',
  notification_topic_urn: topic,
};

test('a denied operation gets 400 AS.0031 naming its IAM action, and changes nothing', async () => {
  const mock = createLifecycleMock({ scenario, clock: { start } });
  mock.deny('createLifecycleHook');
  expect(await call(mock.fetch, 'POST', hooks, newHook)).toMatchObject({
    status: 400,
    body: {
      error: {
        code: 'AS.0031',
        message: "Policy doesn't allow [as:lifecycleHooks:create] to be performed.",
      },
    },
  });
  expect(mock.group(ids.group).lifecycle_hooks).toHaveLength(1);
  // Other operations still answer.
  expect((await call(mock.fetch, 'GET', `${hooks}/list`)).status).toBe(200);
  expect(mock.requests().map((r) => [r.operationId, r.status, r.code])).toEqual([
    ['createLifecycleHook', 400, 'AS.0031'],
    ['listLifecycleHooks', 200, undefined],
  ]);
  mock.allow('createLifecycleHook');
  expect((await call(mock.fetch, 'POST', hooks, newHook)).status).toBe(200);
});

test("'*' denies every operation, each named by its own action; allow('*') and reset lift it", async () => {
  const mock = createLifecycleMock({ scenario, clock: { start } });
  mock.deny('*');
  const messageOf = async (method: string, path: string, body?: unknown) =>
    (await call(mock.fetch, method, path, body)).body.error.message;
  expect(await messageOf('GET', `/scaling_instance_hook/${ids.group}/list`)).toBe(
    "Policy doesn't allow [as:instanceHooks:list] to be performed.",
  );
  expect(
    await messageOf('PUT', `/scaling_instance_hook/${ids.group}/callback`, {
      lifecycle_action_key: ids.key,
      lifecycle_action_result: 'CONTINUE',
    }),
  ).toBe("Policy doesn't allow [as:instanceHooks:action] to be performed.");
  expect(() => mock.allow('listHookInstances')).toThrow(MockControlError);
  mock.allow('*');
  expect((await call(mock.fetch, 'GET', `${hooks}/list`)).status).toBe(200);
  mock.deny('showLifecycleHook');
  mock.reset();
  expect((await call(mock.fetch, 'GET', `${hooks}/hook-launch`)).status).toBe(200);
});

test('denials given at creation apply from the start and again after reset', async () => {
  const mock = createLifecycleMock({ scenario, clock: { start }, deny: ['deleteLifecycleHook'] });
  const refused = async () =>
    (await call(mock.fetch, 'DELETE', `${hooks}/hook-launch`)).body.error.code;
  expect(await refused()).toBe('AS.0031');
  mock.allow('deleteLifecycleHook');
  mock.reset();
  expect(await refused()).toBe('AS.0031');
});

test('denying something that is not an operation throws, saying what to give', () => {
  const mock = createLifecycleMock({ scenario });
  expect(() => mock.deny('createHook' as never)).toThrow(
    /not an operation id.*createLifecycleHook/,
  );
  expect(() => createLifecycleMock({ deny: ['nope' as never] })).toThrow(MockControlError);
});
