/**
 * Deny, throttle, token errors and the older timeout minimum on a running `as-lifecycle-mock`: set by
 * its flags, and driven over the control plane by `connectLifecycleMock`.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ids, scenario, topic } from '../../test/fixtures';
import { MockControlError } from '../controller/lifecycle-controller';
import { connectLifecycleMock } from '../remote/connect-lifecycle-mock';
import type { MockServer } from './create-mock-server';
import { startMockCli } from './run-mock-cli';

const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(flags: string[], env: Record<string, string> = {}) {
  const seed = join(tmpdir(), `policy-modes-${process.pid}-${servers.length}.json`);
  await writeFile(seed, JSON.stringify(scenario));
  const stderr: string[] = [];
  const started = await startMockCli(
    ['--port', '0', '--seed', seed, '--clock', 'virtual', ...flags],
    {
      env,
      stdout: () => {},
      stderr: (text) => stderr.push(text),
    },
  );
  if (typeof started === 'number') throw new Error(`the mock did not start: ${stderr.join('\n')}`);
  servers.push(started);
  const api = `${started.url}/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}`;
  const send = async (method: string, path: string, body?: unknown, headers = {}) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, never> };
  };
  return { url: started.url, send };
}

test('--deny refuses an operation with AS.0031; POST /__mock/allow lifts it, /__mock/deny sets another', async () => {
  const { url, send } = await serve(['--deny', 'listLifecycleHooks']);
  expect(await send('GET', '/list')).toEqual({
    status: 400,
    body: {
      error: {
        code: 'AS.0031',
        message: "Policy doesn't allow [as:lifecycleHooks:list] to be performed.",
      },
    },
  });
  const controller = connectLifecycleMock(url);
  await controller.allow('listLifecycleHooks');
  expect((await send('GET', '/list')).status).toBe(200);
  await controller.deny('showLifecycleHook');
  expect((await send('GET', '/hook-launch')).body).toMatchObject({ error: { code: 'AS.0031' } });
  await expect(controller.deny('nope' as never)).rejects.toThrow(MockControlError);
  // reset restores what the command line set.
  await controller.reset();
  expect((await send('GET', '/hook-launch')).status).toBe(200);
  expect((await send('GET', '/list')).status).toBe(400);
});

test('--throttle N answers 429 APIG.0308 past N calls per virtual second; POST /__mock/throttle changes it', async () => {
  const { url, send } = await serve(['--throttle', '1']);
  expect((await send('GET', '/list')).status).toBe(200);
  expect(await send('GET', '/list')).toMatchObject({
    status: 429,
    body: {
      error_code: 'APIG.0308',
      error_msg:
        'The throttling threshold has been reached: policy user over ratelimit,limit:1,time:1 second',
    },
  });
  const controller = connectLifecycleMock(url);
  await controller.clock.advance(1);
  expect((await send('GET', '/list')).status).toBe(200);
  await controller.throttle(null);
  expect((await send('GET', '/list')).status).toBe(200);
  await controller.throttle({ perSecond: 0 });
  expect((await send('GET', '/list')).status).toBe(429);
  await expect(controller.throttle({ perSecond: -1 })).rejects.toThrow(/whole number from 0/);
});

test("--auth token answers the gateway's flat body by default, AS.0005 with --token-errors service", async () => {
  const gateway = await serve(['--auth', 'token']);
  expect(await gateway.send('GET', '/list')).toMatchObject({
    status: 401,
    body: { error_msg: 'Incorrect IAM authentication information: x-auth-token not found' },
  });
  const service = await serve(['--auth', 'token', '--token-errors', 'service']);
  expect(await service.send('GET', '/list')).toMatchObject({
    status: 401,
    body: { error: { code: 'AS.0005' } },
  });
  expect(
    (await service.send('GET', '/list', undefined, { 'X-Auth-Token': 'mock-token' })).status,
  ).toBe(200);
});

test('--default-timeout-min 300 refuses a 120 s timeout with AS.7030', async () => {
  const { send } = await serve(['--default-timeout-min', '300']);
  const hook = {
    lifecycle_hook_name: 'short',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: topic,
    default_timeout: 120,
  };
  expect((await send('POST', '', hook)).body).toMatchObject({ error: { code: 'AS.7030' } });
  expect((await send('POST', '', { ...hook, default_timeout: 300 })).status).toBe(200);
});
