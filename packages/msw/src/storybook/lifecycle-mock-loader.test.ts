import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { base, ids, scenario, topic } from '../../test/fixtures';
import type { Scenario } from '../core/scenario-schema';
import {
  type LifecycleStoryContext,
  lifecycleMockBeforeEach,
  lifecycleMockLoader,
  lifecycleMockOf,
} from './lifecycle-mock-loader';

// The worker stands in for msw-storybook-addon's: an msw setupServer has the same use/resetHandlers.
const worker = setupServer();
beforeAll(() => worker.listen({ onUnhandledRequest: 'error' }));
afterAll(() => worker.close());

const listHeld = () => fetch(`${base}/scaling_instance_hook/${ids.group}/list`);

/** What Storybook does for one story: the loaders, then the beforeEach hooks. */
async function render(asLifecycle: unknown, msw: LifecycleStoryContext['msw'] = worker) {
  const context: LifecycleStoryContext = { parameters: { asLifecycle }, loaded: {}, msw };
  context.loaded = { ...(await lifecycleMockLoader(context)) };
  const cleanup = lifecycleMockBeforeEach(context);
  return { context, cleanup };
}

test("each render gets a fresh mock from the story's scenario, served by the worker until the story is left", async () => {
  const first = await render({ scenario });
  lifecycleMockOf(first.context).fail('listHookInstances', { status: 503 });
  expect((await listHeld()).status).toBe(503);
  first.cleanup?.();
  await expect(listHeld()).rejects.toThrow(); // no handler left: the worker refuses it
  const second = await render({ scenario });
  expect(lifecycleMockOf(second.context)).not.toBe(lifecycleMockOf(first.context));
  const answer = await listHeld();
  expect(
    (await answer.json()).instance_hanging_info.map((i: { instance_id: string }) => i.instance_id),
  ).toEqual([ids.instance]);
  second.cleanup?.();
});

test('the handlers are installed after every loader, so a loader that resets the worker later does not drop them', async () => {
  const context: LifecycleStoryContext = { parameters: { asLifecycle: { scenario } }, msw: worker };
  // Loaders run together: msw-storybook-addon's resets the worker whenever it gets to it.
  const [loaded] = await Promise.all([
    lifecycleMockLoader(context),
    Promise.resolve().then(() => worker.resetHandlers()),
  ]);
  context.loaded = { ...loaded };
  const cleanup = lifecycleMockBeforeEach(context);
  expect((await listHeld()).status).toBe(200);
  cleanup?.();
});

test('the clock starts where the story says, its scenario function gets that instant, advance applies due timeouts, faults are queued', async () => {
  const start = '2026-03-01T08:00:00Z';
  const seen: Date[] = [];
  const { context, cleanup } = await render({
    clock: { start },
    scenario: (now: Date) => {
      seen.push(now);
      return scenario as Scenario;
    },
    advance: 3600,
    faults: [{ operationId: 'listLifecycleHooks', fault: { status: 503 } }],
  });
  const mock = lifecycleMockOf(context);
  expect(seen.map((d) => d.toISOString())).toEqual(['2026-03-01T08:00:00.000Z']);
  expect(mock.clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
  // The hook's default result (ABANDON) applied at its 3600 s timeout: the instance is gone.
  expect(mock.group(ids.group).instances).toEqual([]);
  expect((await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`)).status).toBe(503);
  expect((await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`)).status).toBe(200);
  cleanup?.();
});

test("a story's deny, throttle and limits reach its mock: AS.0031, then 429 APIG.0308 past the rate", async () => {
  const { cleanup } = await render({
    scenario,
    deny: ['listLifecycleHooks'],
    throttle: { perSecond: 1 },
    limits: { defaultTimeoutMinimum: 300 },
  });
  const denied = await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`);
  expect([
    denied.status,
    ((await denied.json()) as { error: { code: string } }).error.code,
  ]).toEqual([400, 'AS.0031']);
  const throttled = await listHeld();
  expect([
    throttled.status,
    ((await throttled.json()) as { error_code: string }).error_code,
  ]).toEqual([429, 'APIG.0308']);
  cleanup?.();
  const older = await render({ scenario, limits: { defaultTimeoutMinimum: 300 } });
  const created = await fetch(`${base}/scaling_lifecycle_hook/${ids.group}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      lifecycle_hook_name: 'short',
      lifecycle_hook_type: 'INSTANCE_TERMINATING',
      default_timeout: 120,
      notification_topic_urn: topic,
    }),
  });
  expect(((await created.json()) as { error: { code: string } }).error.code).toBe('AS.7030');
  older.cleanup?.();
  await expect(render({ scenario, throttle: { perSecond: -1 } })).rejects.toThrow(/perSecond/);
});

test('the clock is virtual by default, so a play function can move it', async () => {
  const { context, cleanup } = await render({ scenario });
  const mock = lifecycleMockOf(context);
  const before = mock.clock.now().getTime();
  expect(mock.clock.advance(60).getTime()).toBe(before + 60_000);
  cleanup?.();
});

test('asLifecycle: false opts a story out: no mock, nothing installed, and lifecycleMockOf says why', async () => {
  const { context, cleanup } = await render(false);
  expect(context.loaded).toEqual({});
  expect(cleanup).toBeUndefined();
  expect(() => lifecycleMockOf(context)).toThrow(/asLifecycle: false; give it \{ scenario \}/);
});

test.each([
  [
    undefined,
    /has no parameters\.asLifecycle; give the story .*parameters: \{ asLifecycle: \{ scenario \} \}/,
  ],
  [{}, /asLifecycle has no scenario; give it one/],
  [{ scenarios: scenario }, /"scenarios", which it does not know; use scenario, clock/],
  ['scenario', /must be an object \{ scenario, clock\?/],
  [{ scenario, advance: -1 }, /advance must be a number of seconds/],
  [{ scenario, clock: { start: 'soon' } }, /clock\.start is not an instant/],
])('bad parameters.asLifecycle %j: the loader throws the fix', async (asLifecycle, message) => {
  await expect(lifecycleMockLoader({ parameters: { asLifecycle } })).rejects.toThrow(message);
});

test('an invalid scenario fails the story with the path of each problem', async () => {
  await expect(
    lifecycleMockLoader({
      parameters: { asLifecycle: { scenario: { project_id: ids.project, scaling_groups: [{}] } } },
    }),
  ).rejects.toThrow(/Failed to seed the scenario: .*scaling_groups.*Fix the scenario/);
});

test('a preview without the loader, or without msw-storybook-addon, fails with the fix', async () => {
  expect(() =>
    lifecycleMockBeforeEach({ parameters: { asLifecycle: { scenario } }, loaded: {} }),
  ).toThrow(/add lifecycleMockLoader to the preview's loaders/);
  expect(() => lifecycleMockOf({ parameters: { asLifecycle: { scenario } }, loaded: {} })).toThrow(
    /add lifecycleMockLoader to the preview's loaders/,
  );
  const context: LifecycleStoryContext = { parameters: { asLifecycle: { scenario } } };
  context.loaded = { ...(await lifecycleMockLoader(context)) };
  expect(() => lifecycleMockBeforeEach(context)).toThrow(
    /no MSW worker at context\.msw; set up msw-storybook-addon: mswLoader\(\)/,
  );
});
