import { expect, test } from 'vitest';
import { base, call, ids, scenario, topic } from '../test/fixtures';
import { runWholeLaunch } from '../test/launch-scenario';
import { createLifecycleMock } from './create-lifecycle-mock';

const start = '2026-01-01T00:00:00Z';
const newMock = () => createLifecycleMock({ scenario, clock: { start } });
const callbackPath = `/scaling_instance_hook/${ids.group}/callback`;
const listPath = `/scaling_instance_hook/${ids.group}/list`;

test('lists the seeded instance as HANGING with the hook defaults', async () => {
  const mock = newMock();
  const { status, body, headers } = await call(mock.fetch, 'GET', listPath);
  expect(status).toBe(200);
  expect(headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  expect(body).toEqual({
    instance_hanging_info: [
      {
        instance_id: ids.instance,
        scaling_group_id: ids.group,
        lifecycle_hook_name: 'hook-launch',
        lifecycle_action_key: ids.key,
        lifecycle_hook_status: 'HANGING',
        timeout: '2026-01-01T01:00:00Z',
        default_result: 'ABANDON',
      },
    ],
  });
});

test('a full launch: scale out, hanging, EXTEND adds exactly one hour, CONTINUE puts it in service', async () => {
  const mock = newMock();
  const {
    instances,
    instance_hanging_info: [held],
  } = mock.scaleOut(ids.group, 1);
  const instanceId = instances[0]?.instance_id as string;
  expect(instances[0]?.lifecycle_state).toBe('PENDING_WAIT');
  expect(held).toMatchObject({
    instance_id: instanceId,
    lifecycle_hook_status: 'HANGING',
    timeout: '2026-01-01T01:00:00Z',
  });

  const extend = {
    instance_id: instanceId,
    lifecycle_hook_name: 'hook-launch',
    lifecycle_action_result: 'EXTEND',
  };
  expect((await call(mock.fetch, 'PUT', callbackPath, extend)).status).toBe(204);
  const listed = await call(mock.fetch, 'GET', `${listPath}?instance_id=${instanceId}`);
  expect(listed.body.instance_hanging_info).toMatchObject([
    { timeout: '2026-01-01T02:00:00Z', lifecycle_hook_status: 'HANGING' },
  ]);

  const done = {
    lifecycle_action_key: held?.lifecycle_action_key,
    lifecycle_action_result: 'CONTINUE',
  };
  expect((await call(mock.fetch, 'PUT', callbackPath, done)).status).toBe(204);
  expect((await call(mock.fetch, 'GET', `${listPath}?instance_id=${instanceId}`)).body).toEqual({
    instance_hanging_info: [],
  });
  const group = mock.snapshot().projects[0]?.scaling_groups[0];
  expect(group?.instances).toContainEqual({
    instance_id: instanceId,
    lifecycle_state: 'INSERVICE',
  });

  const again = await call(mock.fetch, 'PUT', callbackPath, done);
  expect(again).toMatchObject({ status: 400, body: { error: { code: 'AS.7042' } } });
});

test('the key wins over the instance id and hook name', async () => {
  const mock = newMock();
  const other = mock.scaleOut(ids.group, 1).instance_hanging_info[0];
  const body = {
    lifecycle_action_key: ids.key,
    instance_id: other?.instance_id,
    lifecycle_hook_name: 'hook-launch',
    lifecycle_action_result: 'ABANDON',
  };
  expect((await call(mock.fetch, 'PUT', callbackPath, body)).status).toBe(204);
  const left = (await call(mock.fetch, 'GET', listPath)).body.instance_hanging_info;
  expect(left.map((r: { instance_id: string }) => r.instance_id)).toEqual([other?.instance_id]);
});

test('the default result applies exactly once when the timeout passes', async () => {
  const mock = newMock();
  mock.clock.advance(3599);
  expect((await call(mock.fetch, 'GET', listPath)).body.instance_hanging_info).toHaveLength(1);
  mock.clock.advance(1);
  expect((await call(mock.fetch, 'GET', listPath)).body.instance_hanging_info).toEqual([]);
  // ABANDON on a launching instance terminates it.
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instances).toEqual([]);
  mock.clock.advance(7200);
  const late = await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'CONTINUE',
  });
  expect(late.body.error.code).toBe('AS.7042');
});

test('an EXTENDed target times out an hour later, with CONTINUE as its default', async () => {
  const mock = createLifecycleMock({
    clock: { start },
    scenario: {
      ...scenario,
      scaling_groups: [
        {
          ...scenario.scaling_groups[0],
          lifecycle_hooks: [
            {
              lifecycle_hook_name: 'hook-launch',
              lifecycle_hook_type: 'INSTANCE_LAUNCHING',
              default_result: 'CONTINUE',
              notification_topic_urn: topic,
            },
          ],
        } as never,
      ],
    },
  });
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'EXTEND',
  });
  mock.clock.advance(3600);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instance_hanging_info).toHaveLength(1);
  mock.clock.advance(3600);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instances).toEqual([
    { instance_id: ids.instance, lifecycle_state: 'INSERVICE' },
  ]);
});

test('of parallel callbacks on one key exactly one succeeds', async () => {
  const mock = newMock();
  const body = { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' };
  const answers = await Promise.all(
    Array.from({ length: 25 }, () => call(mock.fetch, 'PUT', callbackPath, body)),
  );
  expect(answers.filter((a) => a.status === 204)).toHaveLength(1);
  expect(new Set(answers.filter((a) => a.status !== 204).map((a) => a.body.error.code))).toEqual(
    new Set(['AS.7042']),
  );
});

test('an instance held by two launching hooks waits for both; an ABANDON ends it at once', async () => {
  const mock = newMock();
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'CONTINUE',
  });
  await call(mock.fetch, 'POST', `/scaling_lifecycle_hook/${ids.group}`, {
    lifecycle_hook_name: 'hook-launch-2',
    lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    notification_topic_urn: topic,
  });
  const [first, second] = mock.scaleOut(ids.group, 1).instance_hanging_info;
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: first?.lifecycle_action_key,
    lifecycle_action_result: 'CONTINUE',
  });
  let group = mock.snapshot().projects[0]?.scaling_groups[0];
  expect(group?.instance_hanging_info.map((r) => r.lifecycle_hook_status)).toEqual([
    'CONTINUE',
    'HANGING',
  ]);
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: second?.lifecycle_action_key,
    lifecycle_action_result: 'ABANDON',
  });
  group = mock.snapshot().projects[0]?.scaling_groups[0];
  expect(group?.instance_hanging_info).toEqual([]);
  expect(group?.instances.map((i) => i.instance_id)).toEqual([ids.instance]);
});

test('scaling in holds an instance under the terminating hooks, then removes it', async () => {
  const mock = newMock();
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'CONTINUE',
  });
  await call(mock.fetch, 'POST', `/scaling_lifecycle_hook/${ids.group}`, {
    lifecycle_hook_name: 'drain',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: topic,
  });
  const held = mock.scaleIn(ids.group, [ids.instance]);
  expect(held.instances).toEqual([{ instance_id: ids.instance, lifecycle_state: 'REMOVING_WAIT' }]);
  expect(() => mock.scaleIn(ids.group, [ids.instance])).toThrow(/not in service/);
  const key = held.instance_hanging_info[0]?.lifecycle_action_key;
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: key,
    lifecycle_action_result: 'CONTINUE',
  });
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instances).toEqual([]);
});

test('hooks: create with defaults, list, show, update, delete, and the provider refusals', async () => {
  const mock = newMock();
  const hooks = `/scaling_lifecycle_hook/${ids.group}`;
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'CONTINUE',
  });
  const created = await call(mock.fetch, 'POST', hooks, {
    lifecycle_hook_name: 'h2',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: topic,
  });
  expect(created).toMatchObject({
    status: 200,
    body: {
      lifecycle_hook_name: 'h2',
      default_result: 'ABANDON',
      default_timeout: 3600,
      notification_topic_name: 'as-hooks',
      notification_metadata: null,
      create_time: '2026-01-01T00:00:00Z',
    },
  });
  expect(
    (
      await call(mock.fetch, 'POST', hooks, {
        lifecycle_hook_name: 'h2',
        lifecycle_hook_type: 'INSTANCE_LAUNCHING',
        notification_topic_urn: topic,
      })
    ).body.error.code,
  ).toBe('AS.7041');
  for (const name of ['h3', 'h4', 'h5']) {
    expect(
      (
        await call(mock.fetch, 'POST', hooks, {
          lifecycle_hook_name: name,
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          notification_topic_urn: topic,
        })
      ).status,
    ).toBe(200);
  }
  expect(
    (
      await call(mock.fetch, 'POST', hooks, {
        lifecycle_hook_name: 'h6',
        lifecycle_hook_type: 'INSTANCE_LAUNCHING',
        notification_topic_urn: topic,
      })
    ).body.error.code,
  ).toBe('AS.7038');
  expect((await call(mock.fetch, 'GET', `${hooks}/list`)).body.lifecycle_hooks).toHaveLength(5);
  const updated = await call(mock.fetch, 'PUT', `${hooks}/h2`, {
    default_timeout: 120,
    notification_metadata: 'drain first',
  });
  expect(updated.body).toMatchObject({
    default_timeout: 120,
    notification_metadata: 'drain first',
  });
  expect((await call(mock.fetch, 'GET', `${hooks}/h2`)).body.default_timeout).toBe(120);
  expect((await call(mock.fetch, 'DELETE', `${hooks}/h2`)).status).toBe(204);
  expect(await call(mock.fetch, 'GET', `${hooks}/h2`)).toMatchObject({
    status: 404,
    body: { error: { code: 'AS.0007' } },
  });
  expect(await call(mock.fetch, 'GET', '/scaling_lifecycle_hook/no-such-group/list')).toMatchObject(
    { status: 400, body: { error: { code: 'AS.2007' } } },
  );
});

test('hook changes are refused while the group scales', async () => {
  const mock = newMock();
  const hooks = `/scaling_lifecycle_hook/${ids.group}`;
  const refused = [
    await call(mock.fetch, 'POST', hooks, {
      lifecycle_hook_name: 'x',
      lifecycle_hook_type: 'INSTANCE_LAUNCHING',
      notification_topic_urn: topic,
    }),
    await call(mock.fetch, 'PUT', `${hooks}/hook-launch`, { default_timeout: 60 }),
    await call(mock.fetch, 'DELETE', `${hooks}/hook-launch`),
  ];
  expect(refused.map((r) => [r.status, r.body.error.code])).toEqual([
    [400, 'AS.2033'],
    [400, 'AS.2033'],
    [400, 'AS.2033'],
  ]);
});

test('validation answers the code the spec assigns', async () => {
  const mock = newMock();
  const bad = await call(mock.fetch, 'PUT', callbackPath, { lifecycle_action_result: 'CONTINUE' });
  expect(bad).toMatchObject({ status: 400, body: { error: { code: 'AS.7040' } } });
  const empty = await mock.fetch(`${base}${callbackPath}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: '',
  });
  expect((await empty.json()).error.code).toBe('AS.0002');
});

test('two mocks are independent, and reset restores the seeded scenario', async () => {
  const one = newMock();
  const two = newMock();
  await call(one.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'ABANDON',
  });
  expect((await call(two.fetch, 'GET', listPath)).body.instance_hanging_info).toHaveLength(1);
  expect((await call(one.fetch, 'GET', listPath)).body.instance_hanging_info).toHaveLength(0);
  one.reset();
  expect(one.requests()).toEqual([]);
  expect((await call(one.fetch, 'GET', listPath)).body.instance_hanging_info).toHaveLength(1);
});

test('the snapshot is read-only and the journal records each call', async () => {
  const mock = newMock();
  await call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: 'nope',
    lifecycle_action_result: 'CONTINUE',
  });
  const snapshot = mock.snapshot();
  expect(Object.isFrozen(snapshot.projects[0]?.scaling_groups[0]?.lifecycle_hooks[0])).toBe(true);
  expect(mock.requests()).toEqual([
    expect.objectContaining({
      operationId: 'callbackLifecycleHook',
      method: 'PUT',
      params: { project_id: ids.project, scaling_group_id: ids.group },
      body: { lifecycle_action_key: 'nope', lifecycle_action_result: 'CONTINUE' },
      status: 400,
      code: 'AS.7042',
    }),
  ]);
});

test('faults: the next calls fail with a code or status, or at the network level', async () => {
  const mock = newMock();
  mock.fail('listHookInstances', { code: 'AS.0001', status: 503, times: 2 });
  mock.fail('showLifecycleHook', { network: true });
  expect((await call(mock.fetch, 'GET', listPath)).status).toBe(503);
  expect((await call(mock.fetch, 'GET', listPath)).body.error.code).toBe('AS.0001');
  expect((await call(mock.fetch, 'GET', listPath)).status).toBe(200);
  await expect(
    call(mock.fetch, 'GET', `/scaling_lifecycle_hook/${ids.group}/hook-launch`),
  ).rejects.toThrow(TypeError);
});

test('unknown paths answer 404 and known paths with another method 405, in the provider shape', async () => {
  const mock = newMock();
  expect(await call(mock.fetch, 'GET', '/nothing/here')).toMatchObject({
    status: 404,
    body: { error: { code: 'AS.0007' } },
  });
  const wrong = await call(mock.fetch, 'DELETE', callbackPath);
  expect(wrong.status).toBe(405);
  expect(wrong.headers.get('allow')).toBe('PUT');
});

test('extending a target many times keeps one queued timeout, and it still applies on time', async () => {
  const mock = newMock();
  const body = { lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' };
  for (let i = 0; i < 50; i++)
    expect((await call(mock.fetch, 'PUT', callbackPath, body)).status).toBe(204);
  // 1 hour + 50 extensions = 51 hours.
  mock.clock.advance(51 * 3600 - 1);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instance_hanging_info).toHaveLength(1);
  mock.clock.advance(1);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instance_hanging_info).toEqual([]);
});

test('the whole launch through the in-process fetch', async () => {
  const mock = newMock();
  await runWholeLaunch(mock, mock.fetch, 'https://as.cn-north-4.myhuaweicloud.com');
});

test('a seeded instance whose records are all resolved moves on, so the group is not left scaling', () => {
  const resolved = structuredClone(scenario);
  const info = resolved.scaling_groups[0]?.instance_hanging_info?.[0];
  if (info) info.lifecycle_hook_status = 'CONTINUE';
  const mock = createLifecycleMock({ scenario: resolved, clock: { start } });
  const group = mock.snapshot().projects[0]?.scaling_groups[0];
  expect(group?.scaling).toBe(false);
  expect(group?.instances).toEqual([{ instance_id: ids.instance, lifecycle_state: 'INSERVICE' }]);
});

test('a scenario listing a group twice is refused, and nothing is seeded', () => {
  const twice = {
    ...scenario,
    scaling_groups: [scenario.scaling_groups[0], scenario.scaling_groups[0]],
  };
  expect(() => createLifecycleMock({ scenario: twice as never })).toThrow(/is listed twice/);
});

test('reset restores the scenario as it was seeded, whatever happens to the object later', async () => {
  const mine = structuredClone(scenario);
  const mock = createLifecycleMock({ scenario: mine, clock: { start } });
  (mine.scaling_groups[0]?.instance_hanging_info as unknown[] | undefined)?.splice(0);
  mock.reset();
  expect((await call(mock.fetch, 'GET', listPath)).body.instance_hanging_info).toHaveLength(1);
});

test('an unparsable request target answers 404, not a server error; huge bodies are not journaled whole', async () => {
  const mock = newMock();
  expect(
    (await mock.handle({ method: 'GET', url: 'http://[/', headers: {}, body: '' })).status,
  ).toBe(404);
  // A body the spec accepts (a key has no maximum length) but over the journal's 8 KiB.
  const big = JSON.stringify({
    lifecycle_action_key: `${ids.key}${'x'.repeat(20_000)}`,
    lifecycle_action_result: 'EXTEND',
  });
  await mock.fetch(`${base}${callbackPath}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: big,
  });
  expect(mock.requests().at(-1)?.body).toEqual({ truncated: true, bytes: big.length });
});
