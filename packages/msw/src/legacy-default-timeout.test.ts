import { expect, test } from 'vitest';
import { call, ids, scenario, topic } from '../test/fixtures';
import { createLifecycleMock } from './create-lifecycle-mock';
import { legacyDefaultTimeoutMinimum } from './generated/timeout-limits';

const hooks = `/scaling_lifecycle_hook/${ids.group}`;
const hookWith = (default_timeout: number) => ({
  lifecycle_hook_name: `t${default_timeout}`,
  lifecycle_hook_type: 'INSTANCE_TERMINATING',
  notification_topic_urn: topic,
  default_timeout,
});

test('by default a default_timeout of 60 s is accepted (the current reference: 60–86400)', async () => {
  const mock = createLifecycleMock({ scenario });
  expect((await call(mock.fetch, 'POST', hooks, hookWith(60))).status).toBe(200);
});

test('with the older minimum, 60–299 answer AS.7030 on create and update and change nothing', async () => {
  // The spec's x-as-legacy-minimum: the Go SDK, Terraform and some regional editions.
  expect(legacyDefaultTimeoutMinimum).toBe(300);
  const mock = createLifecycleMock({
    scenario,
    limits: { defaultTimeoutMinimum: legacyDefaultTimeoutMinimum },
  });
  for (const timeout of [60, 299]) {
    expect(await call(mock.fetch, 'POST', hooks, hookWith(timeout))).toMatchObject({
      status: 400,
      body: { error: { code: 'AS.7030' } },
    });
  }
  expect((await call(mock.fetch, 'POST', hooks, hookWith(300))).status).toBe(200);
  expect(
    (await call(mock.fetch, 'PUT', `${hooks}/hook-launch`, { default_timeout: 120 })).body.error
      .code,
  ).toBe('AS.7030');
  expect(mock.group(ids.group).lifecycle_hooks.map((h) => h.default_timeout)).toEqual([3600, 300]);
});

test('a minimum outside the spec bounds throws, naming them', () => {
  expect(() => createLifecycleMock({ limits: { defaultTimeoutMinimum: 30 } })).toThrow(
    /from 60 to 86400/,
  );
});
