import { request as httpRequest } from 'node:http';
import { createAutoScalingClient } from '@as-lifecycle/client';
import { sign } from '@as-lifecycle/signer';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import { runWholeLaunch } from '../../test/launch-scenario';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, MAX_BODY_BYTES, type MockServer } from './create-mock-server';

const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
let server: MockServer;
beforeAll(async () => {
  server = await createMockServer(mock, { port: 0 });
});
afterAll(() => server.close());
beforeEach(() => mock.reset());

const control = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : {
          headers: { 'Content-Type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
  });
  return { status: response.status, body: await response.json() };
};

test('a whole launch over HTTP with the typed client: scale out, extend, continue, in service', async () => {
  const client = createAutoScalingClient({
    endpoint: server.url,
    projectId: ids.project,
    credentials: { token: 't' },
  });
  const scaled = await control('POST', '/__mock/scale', {
    scaling_group_id: ids.group,
    scale_out: 1,
  });
  expect(scaled.status).toBe(200);
  const [held] = scaled.body.instance_hanging_info;
  const listed = await client.listHookInstances({
    scaling_group_id: ids.group,
    instance_id: held.instance_id,
  });
  expect(listed.data?.instance_hanging_info).toMatchObject([
    { lifecycle_hook_status: 'HANGING', timeout: '2026-01-01T01:00:00Z' },
  ]);
  const extend = await client.callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'EXTEND' },
  });
  expect(extend.error).toBeUndefined();
  expect((await control('POST', '/__mock/clock', { advance_seconds: 3600 })).body).toEqual({
    now: '2026-01-01T01:00:00.000Z',
  });
  await client.callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' },
  });
  const state = await control('GET', '/__mock/state');
  expect(state.body.projects[0].scaling_groups[0].instances).toContainEqual({
    instance_id: held.instance_id,
    lifecycle_state: 'INSERVICE',
  });
  const again = await client.callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' },
  });
  expect(again.error).toMatchObject({ status: 400, code: 'AS.7042' });
  const journal = await control('GET', '/__mock/requests');
  expect(
    journal.body.map((entry: { operationId: string; status: number }) => [
      entry.operationId,
      entry.status,
    ]),
  ).toEqual([
    ['listHookInstances', 200],
    ['callbackLifecycleHook', 204],
    ['callbackLifecycleHook', 204],
    ['callbackLifecycleHook', 400],
  ]);
});

test('control requests are checked, and every answer is JSON', async () => {
  expect(await control('POST', '/__mock/scale', { scaling_group_id: ids.group })).toMatchObject({
    status: 400,
    body: {
      error: {
        code: 'MOCK.BAD_REQUEST',
        message: 'give either scale_out (a count) or scale_in (a list of instance ids)',
      },
    },
  });
  expect((await control('POST', '/__mock/seed', '{"project_id": ')).body.error.message).toMatch(
    /^the body is not JSON/,
  );
  expect((await control('POST', '/__mock/seed', { project_id: 'p' })).body.error.message).toMatch(
    /scaling_groups is required/,
  );
  expect((await control('POST', '/__mock/clock', { advance_seconds: -1 })).status).toBe(400);
  expect((await control('GET', '/__mock/nothing')).status).toBe(404);
  const seeded = await control('POST', '/__mock/seed', {
    project_id: 'p2',
    scaling_groups: [{ scaling_group_id: 'g2' }],
  });
  expect(seeded).toEqual({ status: 200, body: { project_id: 'p2', seeded: true } });
});

test('a body over 1 MiB gets 413 and the server stays up', async () => {
  const response = await fetch(
    `${server.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    },
  );
  expect(response.status).toBe(413);
  expect((await control('GET', '/__mock/clock')).status).toBe(200);
});

test('a network fault closes the connection', async () => {
  await control('POST', '/__mock/fail', { operation_id: 'listLifecycleHooks', network: true });
  await expect(
    fetch(
      `${server.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}/list`,
    ),
  ).rejects.toThrow();
  expect(
    (
      await fetch(
        `${server.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}/list`,
      )
    ).status,
  ).toBe(200);
});

test('malformed requests get an answer, never a crash', async () => {
  const raw = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, { method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
  expect(await raw(`/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/%E0%A4%A/list`)).toBe(
    404,
  );
  expect(await raw('/autoscaling-api/v1/%ZZ')).toBe(404);
  expect((await control('GET', '/__mock/state')).status).toBe(200);
});

test('the whole launch through the HTTP server', async () => {
  await runWholeLaunch(mock, (input, init) => fetch(input, init), server.url);
});

test('control bodies must be JSON, so a plain form post from a web page cannot drive the mock', async () => {
  const response = await fetch(`${server.url}/__mock/reset`, { method: 'POST', body: 'x=1' });
  expect(response.status).toBe(415);
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
});

test('a fault or clock move that cannot be is refused, and the mock keeps answering', async () => {
  expect((await control('POST', '/__mock/fail', { times: 1e9, code: 'AS.0001' })).status).toBe(400);
  expect((await control('POST', '/__mock/fail', { code: 'FOO' })).body.error.message).toMatch(
    /not a code of the spec/,
  );
  expect(
    (await control('POST', '/__mock/fail', { operation_id: 'bogus', code: 'AS.0001' })).status,
  ).toBe(400);
  expect((await control('POST', '/__mock/fail', {})).body.error.message).toMatch(/no effect/);
  expect((await control('POST', '/__mock/clock', { advance_seconds: 1e13 })).status).toBe(400);
  expect(
    (await control('POST', '/__mock/scale', { scaling_group_id: ids.group, scale_out: '2' })).body
      .error.message,
  ).toBe('scale_out must be a number');
  const listed = await fetch(
    `${server.url}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`,
  );
  expect(listed.status).toBe(200);
  expect((await control('GET', '/__mock/state')).status).toBe(200);
});

test('AK/SK signatures are verified over HTTP, where the server sees only the path', async () => {
  const accessKey = 'HTTPAK';
  const secretKey = 'http-secret';
  const server = await createMockServer(
    createLifecycleMock({
      scenario,
      auth: { keys: { [accessKey]: { secretKey, projectId: ids.project } } },
    }),
    { port: 0 },
  );
  try {
    const url = `${server.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}/list`;
    const headers = await sign({ method: 'GET', url }, { credentials: { accessKey, secretKey } });
    const signed = await fetch(url, { headers });
    expect(signed.status).toBe(200);
    const forged = await sign(
      { method: 'GET', url },
      { credentials: { accessKey, secretKey: 'not-the-secret' } },
    );
    const refused = await fetch(url, { headers: forged });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error_code: 'APIGW.0301' });
  } finally {
    await server.close();
  }
});
