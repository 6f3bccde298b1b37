/**
 * Hostile inputs to the mock, in process and over HTTP: JSON nested deeper than anything can copy,
 * in every body it accepts; reseeds in a loop (memory measured after a forced GC); clock instants
 * at the edges of what the API can write; scale requests beyond the documented bounds. Each
 * asserts the answer and that nothing was lost or half-applied.
 */
import { asErrorCatalogue } from '@as-lifecycle/types';
import { expect, test } from 'vitest';
import { call, ids, scenario, topic } from '../test/fixtures';
import { MAX_GROUP_INSTANCES, MAX_SCALE_OUT } from './controller/lifecycle-controller';
import { ClockError, formatInstant } from './core/clock';
import { LATEST_CLOCK } from './core/instant-range';
import { ScenarioError } from './core/seed';
import { createLifecycleMock } from './create-lifecycle-mock';
import { createMockServer } from './server/create-mock-server';

const start = '2026-01-01T00:00:00Z';
const newMock = () => createLifecycleMock({ scenario, clock: { start } });
const callbackPath = `/scaling_instance_hook/${ids.group}/callback`;
const listPath = `/scaling_instance_hook/${ids.group}/list`;
const hooksPath = `/scaling_lifecycle_hook/${ids.group}`;

/** `{"x":{"x":…}}` nested `depth` levels, as text (building it as an object would recurse). */
const deepText = (depth: number) => `${'{"x":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** `[[…]]` nested `depth` levels: two characters a level. */
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** A JSON body with a field it does not define, holding `depth` levels of nesting. */
const withDeepField = (body: object, depth: number) =>
  `${JSON.stringify(body).slice(0, -1)},"unknown":${deepArray(depth)}}`;

const send = (mock: ReturnType<typeof newMock>, method: string, path: string, body: string) =>
  mock.fetch(`https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/${ids.project}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body,
  });

test('a callback with an unknown field nested 3,500 levels deep is refused with AS.0022 and leaves the journal readable', async () => {
  const mock = newMock();
  const body = withDeepField(
    { lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' },
    3500,
  );
  expect(body.length).toBeLessThan(8192);
  const answer = await send(mock, 'PUT', callbackPath, body);
  expect(answer.status).toBe(400);
  expect(await answer.json()).toEqual({
    error: { code: 'AS.0022', message: asErrorCatalogue['AS.0022'].message },
  });
  const journal = mock.requests();
  expect(journal.at(-1)).toMatchObject({
    operationId: 'callbackLifecycleHook',
    status: 400,
    body: undefined,
  });
  // The same journal over HTTP.
  const server = await createMockServer(mock, { port: 0 });
  try {
    const answer = await fetch(`${server.url}/__mock/requests`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toHaveLength(1);
  } finally {
    await server.close();
  }
});

test('deep JSON in every API body is answered, journaled, and the mock goes on', async () => {
  const mock = newMock();
  const hook = {
    lifecycle_hook_name: 'deep',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: topic,
  };
  for (const [method, path, body] of [
    ['POST', hooksPath, withDeepField(hook, 100_000)],
    ['PUT', `${hooksPath}/deep`, withDeepField({ default_timeout: 600 }, 100_000)],
    [
      'PUT',
      callbackPath,
      withDeepField({ lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' }, 100_000),
    ],
    ['PUT', callbackPath, deepText(100_000)],
  ] as const) {
    const answer = await send(mock, method, path, body);
    expect(answer.status, `${method} ${path}`).toBeLessThan(500);
  }
  expect(mock.requests()).toHaveLength(4);
  expect(JSON.stringify(mock.requests())).not.toContain('[[');
  expect((await call(mock.fetch, 'GET', listPath)).status).toBe(200);
});

test('deep JSON in every control body over HTTP is refused (400) and changes nothing', async () => {
  const mock = newMock();
  mock.scaleOut(ids.group, 1);
  const server = await createMockServer(mock, { port: 0 });
  try {
    const before = JSON.stringify(mock.snapshot());
    const bodies: Record<string, string> = {
      seed: withDeepField(scenario, 100_000),
      scale: withDeepField({ scaling_group_id: ids.group, scale_out: 1 }, 100_000),
      clock: withDeepField({ advance_seconds: 7200 }, 100_000),
      fail: withDeepField({ operation_id: 'listHookInstances', status: 503 }, 100_000),
      reset: deepText(100_000),
    };
    for (const [endpoint, body] of Object.entries(bodies)) {
      const answer = await fetch(`${server.url}/__mock/${endpoint}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(answer.status, endpoint).toBe(400);
      expect((await answer.json()).error.message).toMatch(/nests deeper than 64 levels/);
    }
    expect(JSON.stringify(mock.snapshot())).toBe(before);
    // No fault was queued.
    expect((await call(mock.fetch, 'GET', listPath)).status).toBe(200);
  } finally {
    await server.close();
  }
});

test('a seed that cannot be kept is refused whole: the project and its reset scenario stay', async () => {
  const mock = newMock();
  const before = JSON.stringify(mock.snapshot());
  const hostile = JSON.parse(JSON.stringify(scenario));
  // An extra field nested 100,000 levels, built without recursion.
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 100_000; i++) {
    const next = {};
    deep.x = next;
    deep = next;
  }
  hostile.scaling_groups[0].lifecycle_hooks[0].extra = root;
  hostile.scaling_groups[0].instance_hanging_info = [];
  expect(() => mock.seed(hostile)).toThrow(ScenarioError);
  expect(() => mock.seed(hostile)).toThrow(/nests deeper than 64 levels/);
  expect(JSON.stringify(mock.snapshot())).toBe(before);
  mock.reset();
  expect(JSON.stringify(mock.snapshot())).toBe(before);
  // Not plain data: refused the same way.
  expect(() => mock.seed({ ...scenario, hook: () => 1 } as never)).toThrow(/not plain data/);
  expect(JSON.stringify(mock.snapshot())).toBe(before);
});

test('2,000 reseeds of a 200-record scenario keep memory flat (measured after a forced GC)', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  expect(gc, 'the test process runs with --expose-gc').toBeTypeOf('function');
  const hook = scenario.scaling_groups[0]?.lifecycle_hooks?.[0];
  const big = {
    project_id: ids.project,
    scaling_groups: [
      {
        scaling_group_id: ids.group,
        lifecycle_hooks: [hook],
        instance_hanging_info: Array.from({ length: 200 }, (_, i) => ({
          instance_id: `instance-${i}`,
          lifecycle_hook_name: 'hook-launch',
        })),
      },
    ],
  };
  const mock = createLifecycleMock({ clock: 'virtual' });
  const heap = () => {
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  for (let i = 0; i < 100; i++) mock.seed(big as never);
  const first = heap();
  for (let i = 0; i < 2000; i++) mock.seed(big as never);
  const growth = heap() - first;
  // Before the fix each reseed kept the replaced state: 2,000 of them grew the heap by ~230 MB.
  expect(growth).toBeLessThan(24 * 1024 * 1024);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instance_hanging_info).toHaveLength(200);
});

test('the clock refuses instants past what a timeout and an EXTEND can be written in, and stays', async () => {
  const mock = newMock();
  const server = await createMockServer(mock, { port: 0 });
  const clock = (body: unknown) =>
    fetch(`${server.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  try {
    for (const body of [
      { now: '+275760-09-12T23:30:00Z' },
      { now: '+010000-01-01T00:00:00Z' },
      { now: '9999-12-31T23:00:00Z' },
      { now: formatInstant(LATEST_CLOCK + 1000) },
      { now: 'not a date' },
      { advance_seconds: 1e20 },
      { advance_seconds: -1 },
    ]) {
      const answer = await clock(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(mock.clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    }
    const latest = await clock({ now: formatInstant(LATEST_CLOCK) });
    expect(latest.status).toBe(200);
    // Everything still answers, and a new instance's timeout is an instant the API can write.
    const scaled = await fetch(`${server.url}/__mock/scale`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scaling_group_id: ids.group, scale_out: 1 }),
    });
    expect(scaled.status).toBe(200);
    const listed = await call(mock.fetch, 'GET', listPath);
    expect(listed.status).toBe(200);
    for (const info of listed.body.instance_hanging_info) {
      expect(info.timeout).toMatch(/^9999-12-3\dT\d{2}:\d{2}:\d{2}Z$/);
    }
    expect((await fetch(`${server.url}/__mock/state`)).status).toBe(200);
  } finally {
    await server.close();
  }
  expect(() => createLifecycleMock({ clock: { start: '+275760-09-12T23:30:00Z' } })).toThrow(
    ClockError,
  );
  expect(() => createLifecycleMock({ clock: { start: '-000001-01-01T00:00:00Z' } })).toThrow(
    ClockError,
  );
});

test('EXTENDs past 9999-12-31T23:59:59Z are refused with AS.7034 and leave the timeout as it was', async () => {
  const mock = createLifecycleMock({ scenario, clock: { start: formatInstant(LATEST_CLOCK) } });
  const [held] = mock.scaleOut(ids.group, 1).instance_hanging_info;
  const extend = () =>
    call(mock.fetch, 'PUT', callbackPath, {
      lifecycle_action_key: held?.lifecycle_action_key,
      lifecycle_action_result: 'EXTEND',
    });
  let accepted = 0;
  // Bounded, so that a mock that never refuses fails here instead of looping.
  for (
    let answer = await extend();
    answer.status === 204 && accepted < 100;
    answer = await extend()
  ) {
    accepted += 1;
  }
  // The hook's timeout is 3600 s: from the latest clock there is room for exactly 24 more hours.
  expect(accepted).toBe(24);
  const refused = await extend();
  expect(refused).toMatchObject({ status: 400, body: { error: { code: 'AS.7034' } } });
  const listed = await call(mock.fetch, 'GET', `${listPath}?instance_id=${held?.instance_id}`);
  expect(listed.body.instance_hanging_info[0]).toMatchObject({
    lifecycle_hook_status: 'HANGING',
    timeout: '9999-12-31T23:59:59Z',
  });
});

test('seeded timeouts must be days of the calendar with a four-digit year, and a refusal changes nothing', () => {
  const mock = newMock();
  const before = JSON.stringify(mock.snapshot());
  for (const timeout of [
    '2026-02-30T00:00:00Z',
    '+275760-09-12T23:30:00Z',
    '10000-01-01T00:00:00Z',
  ]) {
    const wrong = JSON.parse(JSON.stringify(scenario));
    wrong.scaling_groups[0].instance_hanging_info[0].timeout = timeout;
    expect(() => mock.seed(wrong), timeout).toThrow(
      /instance_hanging_info\[0\]\.timeout must match/,
    );
  }
  expect(JSON.stringify(mock.snapshot())).toBe(before);
  // The last writable instant is accepted, and cannot be extended.
  const last = JSON.parse(JSON.stringify(scenario));
  last.scaling_groups[0].instance_hanging_info[0].timeout = '9999-12-31T23:59:59Z';
  mock.seed(last);
  return call(mock.fetch, 'PUT', callbackPath, {
    lifecycle_action_key: ids.key,
    lifecycle_action_result: 'EXTEND',
  }).then((answer) => expect(answer.body.error.code).toBe('AS.7034'));
});

test('scale requests are bounded per call and per group, and a refused one changes nothing', async () => {
  const mock = newMock();
  expect(() => mock.scaleOut(ids.group, MAX_SCALE_OUT + 1)).toThrow(/from 1 to 1000/);
  expect(() => mock.scaleIn(ids.group, Array.from({ length: MAX_SCALE_OUT + 1 }, String))).toThrow(
    /at most 1000 instance ids/,
  );
  const before = JSON.stringify(mock.snapshot());
  expect(() => mock.scaleIn(ids.group, ['nope', 'a', 'b', 'c', 'd', 'e', 'f'])).toThrow(
    /nope, a, b, c, d and 2 more are not in service/,
  );
  expect(JSON.stringify(mock.snapshot())).toBe(before);
  let full = mock.snapshot().projects[0]?.scaling_groups[0]?.instances.length ?? 0;
  for (; full + MAX_SCALE_OUT <= MAX_GROUP_INSTANCES; full += MAX_SCALE_OUT) {
    mock.scaleOut(ids.group, MAX_SCALE_OUT);
  }
  expect(() => mock.scaleOut(ids.group, MAX_SCALE_OUT)).toThrow(/holds at most 100000/);
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instances.length).toBe(full);
});
