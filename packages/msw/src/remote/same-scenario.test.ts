import { afterAll, beforeAll, expect, expectTypeOf, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import { type LifecycleController, MockControlError } from '../controller/lifecycle-controller';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from '../server/create-mock-server';
import { connectLifecycleMock, type RemoteLifecycleController } from './connect-lifecycle-mock';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
type Controller = LifecycleController | RemoteLifecycleController;

const start = '2026-01-01T00:00:00Z';
const newMock = () => createLifecycleMock({ scenario, clock: { start } });

/** What a call threw: its message, for comparing; its class is asserted per transport. */
async function refusal(call: () => unknown): Promise<{ message: string; error: unknown }> {
  try {
    await call();
  } catch (error) {
    return { message: (error as Error).message, error };
  }
  throw new Error('expected the call to be refused');
}

/**
 * One test body for any controller: seed, launch, EXTEND through the API, inspect, let the timeout
 * answer, fail a call, refuse the impossible, reset. Answers everything it saw, to compare.
 */
async function runScenario(controller: Controller, fetch: Fetch, origin: string) {
  const base = `${origin}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  const seeded = await controller.seed(scenario);
  const held = await controller.launch(ids.group);
  const extended = await send('PUT', '/callback', {
    lifecycle_action_key: held.lifecycle_action_key,
    lifecycle_action_result: 'EXTEND',
  });
  const listed = await send('GET', `/list?instance_id=${held.instance_id}`);
  const scaled = await controller.scaleOut(ids.group, 2);
  const snapshot = await controller.snapshot();
  const groupBefore = await controller.group(ids.group, ids.project);
  const now = await controller.clock.now();
  const advanced = await controller.clock.advance(2 * 3600 + 1);
  const set = await controller.clock.set(new Date('2026-01-01T03:00:00Z'));
  const groupAfter = await controller.group(ids.group);
  const failed = await controller.fail('listHookInstances', { code: 'AS.0001', times: 1 });
  const listFailed = await send('GET', '/list');
  const listAgain = await send('GET', '/list');
  const requests = await controller.requests();
  const unknownGroup = await refusal(() => controller.launch('no-such-group'));
  const badScaleIn = await refusal(() => controller.scaleIn(ids.group, ['not-there']));
  const badFault = await refusal(() => controller.fail('*', { times: 0 }));
  const clockBack = await refusal(() => controller.clock.set('2025-01-01T00:00:00Z'));
  const reset = await controller.reset();
  const afterReset = await controller.snapshot();
  const requestsAfterReset = await controller.requests();
  return {
    seeded,
    held,
    extended,
    listed,
    scaled,
    snapshot,
    groupBefore,
    clock: [now, advanced, set].map((date) => (date instanceof Date ? date.toISOString() : date)),
    groupAfter,
    failed,
    listFailed,
    listAgain,
    requests,
    refusals: [unknownGroup, badScaleIn, badFault, clockBack].map((r) => r.message),
    errors: [unknownGroup, badScaleIn, badFault, clockBack].map((r) => r.error),
    reset,
    afterReset,
    requestsAfterReset,
  };
}

const seededIds = new Set<string>(Object.values(ids));
/** The results with each new id (a launched instance, an action key) named by first appearance. */
function named(results: unknown): unknown {
  const names = new Map<string, string>();
  const text = JSON.stringify(results).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => {
      if (seededIds.has(id)) return id;
      if (!names.has(id)) names.set(id, `new-id-${names.size}`);
      return names.get(id) ?? id;
    },
  );
  return JSON.parse(text);
}

let server: MockServer;
const served = newMock();
beforeAll(async () => {
  server = await createMockServer(served, { port: 0 });
});
afterAll(() => server.close());

test('the same test body gives the same results in process and over HTTP', async () => {
  const local = newMock();
  const inProcess = await runScenario(
    local,
    local.fetch,
    'https://as.cn-north-4.myhuaweicloud.com',
  );
  const remote = await runScenario(connectLifecycleMock(server.url), fetch, server.url);
  const { errors: localErrors, ...localResults } = inProcess;
  const { errors: remoteErrors, ...remoteResults } = remote;
  expect(named(remoteResults)).toEqual(named(localResults));
  expect(remoteErrors.every((error) => error instanceof MockControlError)).toBe(true);
  expect(localErrors[0]).toBeInstanceOf(MockControlError);
  expect([remote.seeded, remote.failed, remote.reset]).toEqual([undefined, undefined, undefined]);
  // What was seen, so that equal results are not equally empty.
  expect(inProcess.held).toMatchObject({ lifecycle_hook_status: 'HANGING' });
  expect(inProcess.extended.status).toBe(204);
  expect(inProcess.clock).toEqual([
    '2026-01-01T00:00:00.000Z',
    '2026-01-01T02:00:01.000Z',
    '2026-01-01T03:00:00.000Z',
  ]);
  expect(inProcess.groupAfter.resolved_hanging_info).toContainEqual(
    expect.objectContaining({
      lifecycle_action_key: inProcess.held.lifecycle_action_key,
      resolved_by: 'timeout',
    }),
  );
  expect(inProcess.listFailed.status).toBe(500);
  expect(inProcess.listAgain.status).toBe(200);
  expect(inProcess.refusals[0]).toMatch(/Failed to find scaling group "no-such-group"/);
  expect(inProcess.requestsAfterReset).toEqual([]);
  expect(inProcess.afterReset).toEqual(await newMock().snapshot());
});

test('the remote controller is typed as the in-process one, each method async', async () => {
  const remote = connectLifecycleMock(server.url);
  expectTypeOf(remote.clock.advance).returns.resolves.toEqualTypeOf<Date>();
  expectTypeOf(remote.launch).parameters.toEqualTypeOf<Parameters<LifecycleController['launch']>>();
  expectTypeOf<Awaited<ReturnType<typeof remote.group>>>().toEqualTypeOf<
    ReturnType<LifecycleController['group']>
  >();
  expectTypeOf(remote.reset).returns.resolves.toBeVoid();
  expect(await remote.clock.now()).toBeInstanceOf(Date);
});
