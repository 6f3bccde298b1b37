/**
 * What the live profile promises: without a provider the suite changes nothing. Every request it
 * sends to a group that exists is a read, or a callback that names no held instance; every other
 * write goes to a group that does not exist. Checked on the mock, which records what it was asked.
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { expect, test } from 'vitest';
import { liveProfile } from '../src/live-target';
import { runContract } from '../src/run-contract';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const group = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';
const key = '6ebe6e72-4b09-4adb-ae4a-a91dc0560069';

test('without a provider, nothing in an existing group changes', async () => {
  const mock = createLifecycleMock({
    clock: 'virtual',
    scenario: {
      project_id: projectId,
      scaling_groups: [
        {
          scaling_group_id: group,
          lifecycle_hooks: [
            {
              lifecycle_hook_name: 'live-hook',
              lifecycle_hook_type: 'INSTANCE_LAUNCHING',
              notification_topic_urn: `urn:smn:cn-north-4:${projectId}:t`,
            },
          ],
          instance_hanging_info: [
            { instance_id: 'i-live', lifecycle_hook_name: 'live-hook', lifecycle_action_key: key },
          ],
        },
      ],
    },
  });
  const before = mock.snapshot();
  const report = await runContract({
    target: {
      baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
      projectId,
      groupId: group,
      fetch: (request) => mock.fetch(request),
    },
    seed: 7,
  });
  expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
  // The read-only and negative checks ran; the writes that need a provider were skipped.
  expect(
    report.results.find((r) => r.id === 'positive_data_acceptance listHookInstances')?.status,
  ).toBe('passed');
  expect(
    report.results.find((r) => r.id === 'positive_data_acceptance createLifecycleHook')?.status,
  ).toBe('skipped');
  expect(report.requests).toBeGreaterThan(150);
  expect(mock.snapshot()).toEqual(before);
  // Not one write reached the existing group: every write went to a group that does not exist.
  const requests = mock.requests();
  expect(requests.filter((r) => r.method !== 'GET' && r.path.includes(group))).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET').length).toBeGreaterThan(100);
});

test('without a provider, a target that answers "no such group" to everything does not pass the negative checks', async () => {
  const noSuchGroup = () =>
    new Response(
      JSON.stringify({ error: { code: 'AS.2007', message: 'The AS group does not exist.' } }),
      {
        status: 400,
        headers: { 'content-type': 'application/json', 'x-request-id': '0'.repeat(32) },
      },
    );
  const report = await runContract({
    target: { baseUrl: 'https://as.example', projectId, fetch: async () => noSuchGroup() },
    only: ['negative_data_rejection'],
    seed: 7,
  });
  expect(report.results.map((r) => [r.id, r.status])).toEqual([
    ['negative_data_rejection callbackLifecycleHook', 'skipped'],
    ['negative_data_rejection createLifecycleHook', 'skipped'],
    ['negative_data_rejection updateLifecycleHook', 'skipped'],
  ]);
  expect(report.results[0]?.reason).toMatch(/^inconclusive: .* every answer was AS\.2007/);
});

test('the live profile needs credentials, a project and a region, and never runs in CI', () => {
  const full = {
    HUAWEICLOUD_SDK_AK: 'AK',
    HUAWEICLOUD_SDK_SK: 'SECRET-SK',
    HUAWEICLOUD_SDK_PROJECT_ID: projectId,
    HUAWEICLOUD_SDK_REGION: 'cn-north-4',
  };
  expect(liveProfile({})).toEqual({ skip: expect.stringMatching(/no credentials/) });
  expect(liveProfile({ ...full, CI: 'true' })).toEqual({ skip: expect.stringMatching(/CI/) });
  expect(liveProfile({ ...full, HUAWEICLOUD_SDK_REGION: undefined })).toEqual({
    skip: expect.stringMatching(/HUAWEICLOUD_SDK_REGION/),
  });
  expect(liveProfile({ ...full, HUAWEICLOUD_SDK_REGION: 'mars-1' })).toEqual({
    skip: expect.stringMatching(/not usable: .*mars-1/),
  });
  const live = liveProfile({ ...full, AS_CONTRACT_GROUP_ID: group });
  expect(live).toMatchObject({
    target: {
      baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
      projectId,
      groupId: group,
    },
  });
  expect(JSON.stringify(live)).not.toContain('SECRET-SK');
});
