/**
 * Deny, throttle and token failures as a client sees them: typed `ApiError`s with the provider's
 * status, code and body shape, and the client's retry rule (a throttled read is retried, a write never)
 * checked in the mock's journal.
 */
import { ApiError, createAutoScalingClient } from '@as-lifecycle/client';
import { expect, test } from 'vitest';
import { ids, scenario, topic } from '../test/fixtures';
import { createLifecycleMock, type LifecycleMock } from './create-lifecycle-mock';

const newMock = (options = {}) =>
  createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' }, ...options });
const clientOf = (mock: LifecycleMock, fetch = mock.fetch, token = 't') =>
  createAutoScalingClient({
    endpoint: 'https://as.cn-north-4.myhuaweicloud.com',
    projectId: ids.project,
    credentials: { token },
    fetch,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
const attempts = (mock: LifecycleMock) =>
  mock.requests().map((r) => `${r.operationId} ${r.status}`);

test('a denied operation is an ApiError 400 AS.0031 in the service shape, naming the IAM action', async () => {
  const mock = newMock();
  mock.deny('showLifecycleHook');
  const { data, error } = await clientOf(mock).showLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'hook-launch',
  });
  expect(data).toBeUndefined();
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    status: 400,
    code: 'AS.0031',
    shape: 'as',
    providerMessage: "Policy doesn't allow [as:lifecycleHooks:get] to be performed.",
  });
  expect(attempts(mock)).toEqual(['showLifecycleHook 400']);
});

test('a throttled read is retried, each attempt 429 APIG.0308 in the gateway shape, until attempts run out', async () => {
  const mock = newMock({ throttle: { perSecond: 1 } });
  const client = clientOf(mock);
  expect((await client.listLifecycleHooks({ scaling_group_id: ids.group })).error).toBeUndefined();
  // The virtual clock stands still: every retry falls in the same second.
  const { error } = await client.listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    status: 429,
    code: 'APIG.0308',
    shape: 'gateway',
    providerMessage:
      'The throttling threshold has been reached: policy user over ratelimit,limit:1,time:1 second',
  });
  expect(attempts(mock)).toEqual([
    'listLifecycleHooks 200',
    'listLifecycleHooks 429',
    'listLifecycleHooks 429',
    'listLifecycleHooks 429',
  ]);
});

test('a throttled read succeeds on retry once the next second comes', async () => {
  const mock = newMock({ throttle: { perSecond: 0 } });
  // Time passes while the client backs off: here, a virtual second after each 429.
  const fetch: typeof mock.fetch = async (input, init) => {
    const response = await mock.fetch(input, init);
    if (response.status === 429) mock.throttle({ perSecond: 1 });
    return response;
  };
  const { data, error } = await clientOf(mock, fetch).listHookInstances({
    scaling_group_id: ids.group,
  });
  expect(error).toBeUndefined();
  expect(data?.instance_hanging_info).toHaveLength(1);
  expect(attempts(mock)).toEqual(['listHookInstances 429', 'listHookInstances 200']);
});

test('a throttled write is never retried', async () => {
  const mock = newMock({ throttle: { perSecond: 0 } });
  const { error } = await clientOf(mock).createLifecycleHook({
    scaling_group_id: ids.group,
    body: {
      lifecycle_hook_name: 'h2',
      lifecycle_hook_type: 'INSTANCE_TERMINATING',
      notification_topic_urn: topic,
    },
  });
  expect(error).toMatchObject({ status: 429, code: 'APIG.0308', shape: 'gateway' });
  expect(attempts(mock)).toEqual(['createLifecycleHook 429']);
});

test("an unknown token is an ApiError 401 in the gateway's shape; with tokenErrors 'service', AS.0006", async () => {
  const gateway = newMock({ auth: { tokens: { good: ids.project } } });
  const refused = await clientOf(gateway, gateway.fetch, 'stale').listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(refused.error).toMatchObject({
    status: 401,
    code: 'APIGW.0301',
    shape: 'gateway',
    providerMessage: 'Incorrect IAM authentication information: decrypt token fail',
  });
  const service = newMock({ auth: { tokens: { good: ids.project }, tokenErrors: 'service' } });
  const { error } = await clientOf(service, service.fetch, 'stale').listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toMatchObject({ status: 401, code: 'AS.0006', shape: 'as' });
});
