// What a test can assert after a callback or a timeout: `mock.group(id)`, its answered records
// (`resolved_hanging_info`), `mock.launch(id)`, and `defineScenario`'s types (checked by `tsc` in
// the typecheck task: this project has `noUncheckedIndexedAccess` on).
import { expect, expectTypeOf, test } from 'vitest';
import { call, ids, topic } from '../test/fixtures';
import { MockControlError } from './controller/lifecycle-controller';
import { createLifecycleMock } from './create-lifecycle-mock';
import { defineScenario, type Scenario } from './index';

const start = '2026-01-01T00:00:00Z';
const callbackPath = `/scaling_instance_hook/${ids.group}/callback`;
const listPath = `/scaling_instance_hook/${ids.group}/list`;

const hook = (name: string, type: 'INSTANCE_LAUNCHING' | 'INSTANCE_TERMINATING') => ({
  lifecycle_hook_name: name,
  lifecycle_hook_type: type,
  default_result: 'ABANDON' as const,
  default_timeout: 3600,
  notification_topic_urn: topic,
});

const scenario = defineScenario({
  project_id: ids.project,
  scaling_groups: [
    {
      scaling_group_id: ids.group,
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          notification_topic_urn: topic,
        },
      ],
    },
  ],
});

const newMock = (hooks = [hook('hook-launch', 'INSTANCE_LAUNCHING')]) =>
  createLifecycleMock({
    scenario: {
      project_id: ids.project,
      scaling_groups: [{ scaling_group_id: ids.group, lifecycle_hooks: hooks }],
    },
    clock: { start },
  });

test('defineScenario keeps literal types and tuples, and refuses what a scenario cannot hold', () => {
  expectTypeOf(scenario.scaling_groups[0].scaling_group_id).toEqualTypeOf<typeof ids.group>();
  expectTypeOf(
    scenario.scaling_groups[0].lifecycle_hooks[0].lifecycle_hook_type,
  ).toEqualTypeOf<'INSTANCE_LAUNCHING'>();
  expectTypeOf(scenario).toMatchTypeOf<Scenario>();
  // The object it returns is the one it was given.
  const given = { project_id: 'p', scaling_groups: [] };
  expect(defineScenario(given)).toBe(given);
  const launching = {
    lifecycle_hook_name: 'h',
    lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    notification_topic_urn: topic,
  } as const;
  defineScenario({
    project_id: 'p',
    scaling_groups: [{ scaling_group_id: 'g', lifecycle_hooks: [launching] }],
  });
  const group = <const H>(hook: H) => ({ scaling_group_id: 'g', lifecycle_hooks: [hook] }) as const;
  const notAType = {
    project_id: 'p',
    scaling_groups: [group({ ...launching, lifecycle_hook_type: 'LAUNCH' })],
  } as const;
  const misspelt = {
    project_id: 'p',
    scaling_groups: [{ scaling_group_id: 'g', hooks: [] }],
  } as const;
  const extraField = {
    project_id: 'p',
    scaling_groups: [group({ ...launching, timeout: 60 })],
  } as const;
  // @ts-expect-error not a hook type
  defineScenario(notAType);
  // @ts-expect-error a misspelt field of a group: "hooks is not a field of the scenario"
  defineScenario(misspelt);
  // @ts-expect-error a field a hook does not have
  defineScenario(extraField);
  // The scenario seeds as written.
  expect(createLifecycleMock({ scenario }).group(ids.group).lifecycle_hooks).toHaveLength(1);
});

test('a CONTINUE: the instance is in service, the list is empty, the record shows CONTINUE by callback', async () => {
  const mock = newMock();
  const held = mock.launch(ids.group);
  expect(held).toMatchObject({ lifecycle_hook_status: 'HANGING', scaling_group_id: ids.group });
  mock.clock.advance(60);
  const answered = await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: held.lifecycle_action_key,
    lifecycle_action_result: 'CONTINUE',
  });
  expect(answered.status).toBe(204);
  const group = mock.group(ids.group);
  expect(group.instances).toEqual([
    { instance_id: held.instance_id, lifecycle_state: 'INSERVICE' },
  ]);
  expect(group.instance_hanging_info).toEqual([]);
  expect(group.resolved_hanging_info).toEqual([
    {
      ...held,
      lifecycle_hook_status: 'CONTINUE',
      resolved_by: 'callback',
      resolved_at: '2026-01-01T00:01:00Z',
    },
  ]);
  expect(group.project_id).toBe(ids.project);
  expect(Object.isFrozen(group.resolved_hanging_info[0])).toBe(true);
});

test('a timeout: the default result ABANDON by timeout, at the record timeout, and the launch is terminated', () => {
  const mock = newMock();
  const held = mock.launch(ids.group);
  mock.clock.advance(7200);
  const group = mock.group(ids.group);
  expect(group.instances).toEqual([]);
  expect(group.resolved_hanging_info).toEqual([
    expect.objectContaining({
      instance_id: held.instance_id,
      lifecycle_hook_status: 'ABANDON',
      resolved_by: 'timeout',
      resolved_at: '2026-01-01T01:00:00Z',
    }),
  ]);
});

test('two launching hooks: a CONTINUE shows in the list beside the HANGING one; an ABANDON ends the other', async () => {
  const mock = newMock([hook('first', 'INSTANCE_LAUNCHING'), hook('second', 'INSTANCE_LAUNCHING')]);
  const [first, second] = mock.scaleOut(ids.group, 1).instance_hanging_info;
  if (!first || !second) throw new Error('two records expected');
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: first.lifecycle_action_key,
    lifecycle_action_result: 'CONTINUE',
  });
  const listed = await call(mock.fetch, 'GET', listPath);
  expect(
    listed.body.instance_hanging_info.map(
      (i: { lifecycle_hook_status: string }) => i.lifecycle_hook_status,
    ),
  ).toEqual(['CONTINUE', 'HANGING']);
  expect(mock.group(ids.group).instances[0]?.lifecycle_state).toBe('PENDING_WAIT');

  const other = mock.launch(ids.group);
  const [, sibling] = mock
    .group(ids.group)
    .instance_hanging_info.filter((i) => i.instance_id === other.instance_id);
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: other.lifecycle_action_key,
    lifecycle_action_result: 'ABANDON',
  });
  expect(
    mock
      .group(ids.group)
      .resolved_hanging_info.filter((i) => i.instance_id === other.instance_id)
      .map((i) => [i.lifecycle_action_key, i.lifecycle_hook_status, i.resolved_by]),
  ).toEqual([
    [other.lifecycle_action_key, 'ABANDON', 'callback'],
    [sibling?.lifecycle_action_key, 'ABANDON', 'sibling_abandon'],
  ]);
});

test('a group keeps its last 1000 answered records; reset and a reseed forget them', async () => {
  const mock = newMock();
  const first = mock.launch(ids.group);
  for (let i = 0; i < 1000; i++) mock.scaleOut(ids.group, 1);
  mock.clock.advance(3600);
  const resolved = mock.group(ids.group).resolved_hanging_info;
  expect(resolved).toHaveLength(1000);
  expect(resolved.some((r) => r.instance_id === first.instance_id)).toBe(false);
  mock.reset();
  expect(mock.group(ids.group).resolved_hanging_info).toEqual([]);
  mock.launch(ids.group);
  mock.clock.advance(3600);
  expect(mock.group(ids.group).resolved_hanging_info).toHaveLength(1);
  mock.seed(scenario);
  expect(mock.group(ids.group).resolved_hanging_info).toEqual([]);
});

test('group() and launch() refuse what cannot be done, and change nothing', () => {
  const mock = newMock([hook('hook-terminate', 'INSTANCE_TERMINATING')]);
  const before = mock.snapshot();
  expect(() => mock.group('nope')).toThrow(MockControlError);
  expect(() => mock.group('nope')).toThrow(/Failed to find scaling group "nope"\. Seed it first/);
  expect(() => mock.group(ids.group, 'another-project')).toThrow(MockControlError);
  expect(() => mock.launch(ids.group)).toThrow(
    /has no INSTANCE_LAUNCHING hook.*Add a launching hook to the scenario, or call scaleOut/,
  );
  expect(() => mock.launch('nope')).toThrow(/Failed to find scaling group "nope"/);
  expect(mock.snapshot()).toEqual(before);
  expect(mock.requests()).toEqual([]);
});
