/**
 * Attacks by a server the client calls, each over real loopback HTTP with the platform's `fetch`:
 * redirects that would carry credentials away, endless and huge bodies, a server that never
 * answers, and answers that are not HTTP. Each asserts the typed error, that nothing was retried
 * or sent elsewhere, and that the client read no more than its bound.
 */

import { endless, loopback, rawLoopback } from '@as-lifecycle/test-kit/loopback';
import { expect, test } from 'vitest';
import { runCli } from './cli/main';
import { createAutoScalingClient } from './create-client';
import {
  InvalidResponseError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
import { DEFAULT_MAX_RESPONSE_BYTES } from './read-response';

const ids = {
  project: '0605767a3300d5762fb7c0186d9e1779',
  group: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
  key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
};
const callback = {
  scaling_group_id: ids.group,
  body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
} as const;

const clientAt = (endpoint: string, extra = {}) =>
  createAutoScalingClient({
    endpoint,
    projectId: ids.project,
    credentials: { token: 'secret-iam-token' },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });

/** A server that redirects every request to `elsewhere`, with the status given. */
const redirecting = (elsewhere: string, status: number) =>
  loopback((request, response) => {
    request.resume();
    response.writeHead(status, { location: `${elsewhere}${request.url}` }).end();
  });

for (const status of [301, 302, 303, 307, 308]) {
  test(`a ${status} redirect is a typed error: no credential reaches the other host, nothing is replayed`, async () => {
    const other = await loopback((_, response) => response.writeHead(204).end());
    const server = await redirecting(`http://localhost:${other.port}`, status);
    const { error, data } = await clientAt(server.url).callbackLifecycleHook(callback);
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({
      kind: 'redirect',
      status,
      location: `http://localhost:${other.port}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/callback`,
    });
    expect(error?.message).not.toContain('secret-iam-token');
    expect(other.received).toHaveLength(0);
    expect(server.received).toHaveLength(1);
  });
}

test('a redirect on a read is not retried either', async () => {
  const other = await loopback((_, response) => response.writeHead(200).end('{}'));
  const server = await redirecting(other.url, 307);
  const { error } = await clientAt(server.url, {
    retry: { attempts: 5, baseDelayMs: 1 },
  }).listHookInstances({ scaling_group_id: ids.group });
  expect(error?.kind).toBe('redirect');
  expect(server.received).toHaveLength(1);
  expect(other.received).toHaveLength(0);
});

test('the temporary AK/SK security token never follows a redirect', async () => {
  const other = await loopback((_, response) => response.writeHead(204).end());
  const server = await redirecting(other.url, 307);
  const { error } = await createAutoScalingClient({
    endpoint: server.url,
    projectId: ids.project,
    credentials: { accessKey: 'AK', secretKey: 'SK', securityToken: 'secret-security-token' },
  }).callbackLifecycleHook(callback);
  expect(error?.kind).toBe('redirect');
  expect(server.received[0]?.headers['x-security-token']).toBe('secret-security-token');
  expect(other.received).toHaveLength(0);
});

test('the CLI exits 1 with one line on a redirect, and the token stays home', async () => {
  const other = await loopback((_, response) => response.writeHead(204).end());
  const server = await redirecting(`http://localhost:${other.port}`, 307);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(
    [
      'callback',
      '--group',
      ids.group,
      '--key',
      ids.key,
      '--result',
      'CONTINUE',
      '--endpoint',
      server.url,
    ],
    {
      env: { HUAWEICLOUD_SDK_TOKEN: 'secret-iam-token', HUAWEICLOUD_SDK_PROJECT_ID: ids.project },
      stdout: (text) => stdout.push(text),
      stderr: (text) => stderr.push(text),
    },
  );
  expect(code).toBe(1);
  expect(stdout).toEqual([]);
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).toMatch(
    /^as-lifecycle: callbackLifecycleHook failed: redirected \(307\) to http:\/\/localhost:\d+\/\S+, and redirects are never followed/,
  );
  expect(stderr[0]).not.toMatch(/\n|secret-iam-token/);
  expect(other.received).toHaveLength(0);
});

test('an endless body stops at maxResponseBytes with a typed error, read once, not retried', async () => {
  let sent = () => 0;
  const server = await loopback((request, response) => {
    request.resume();
    sent = endless(response).written;
  });
  const { error } = await clientAt(server.url, {
    retry: { attempts: 3, baseDelayMs: 1 },
  }).listHookInstances({ scaling_group_id: ids.group });
  expect(error).toBeInstanceOf(ResponseTooLargeError);
  expect(error).toMatchObject({
    kind: 'response-too-large',
    status: 200,
    maxBytes: DEFAULT_MAX_RESPONSE_BYTES,
  });
  expect(server.received).toHaveLength(1);
  // The server could push only what the client read plus the sockets' buffers: a bound, not a time.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sent()).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES + 16 * 1024 * 1024);
});

test('a declared Content-Length over the limit is refused before its body is read', async () => {
  const server = await loopback((request, response) => {
    request.resume();
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(1024 ** 3),
    });
    response.write('{"lifecycle_hooks":[');
  });
  const { error } = await clientAt(server.url, { maxResponseBytes: 1024 }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toMatchObject({ kind: 'response-too-large', maxBytes: 1024 });
  expect(server.received).toHaveLength(1);
});

test('a huge error answer is refused, and a retryable status does not make it retried', async () => {
  const server = await loopback((request, response) => {
    request.resume();
    endless(response, 503, 8 * 1024 * 1024);
  });
  const { error } = await clientAt(server.url, { maxResponseBytes: 64 * 1024 }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toMatchObject({ kind: 'response-too-large', status: 503, maxBytes: 64 * 1024 });
  expect(server.received).toHaveLength(1);
});

test('an answer just under the limit is read whole', async () => {
  const hooks = Array.from({ length: 200 }, (_, i) => ({ lifecycle_hook_name: `h${i}` }));
  const text = JSON.stringify({ lifecycle_hooks: hooks });
  const server = await loopback((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' }).end(text);
  });
  const { data, error } = await clientAt(server.url, {
    maxResponseBytes: Buffer.byteLength(text),
  }).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toBeUndefined();
  expect(data?.lifecycle_hooks).toHaveLength(200);
});

test('maxResponseBytes that cannot be a limit is a misuse', () => {
  for (const maxResponseBytes of [0, -1, 1.5, Number.NaN]) {
    expect(() => clientAt('http://127.0.0.1:1', { maxResponseBytes })).toThrow(
      /maxResponseBytes is .*Pass a whole number of bytes/,
    );
  }
});

test('a server that accepts the request and never answers times out', async () => {
  const server = await loopback((request) => request.resume());
  const { error } = await clientAt(server.url, { timeoutMs: 200, retry: false }).listLifecycleHooks(
    {
      scaling_group_id: ids.group,
    },
  );
  expect(error).toBeInstanceOf(TimeoutError);
  expect(server.received).toHaveLength(1);
});

test('a server that sends headers and then a body forever, slowly, times out', async () => {
  const server = await loopback((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' });
    const drip = setInterval(() => response.write(' '), 20);
    response.on('close', () => clearInterval(drip));
  });
  const { error } = await clientAt(server.url, { timeoutMs: 300, retry: false }).listLifecycleHooks(
    {
      scaling_group_id: ids.group,
    },
  );
  expect(error).toBeInstanceOf(TimeoutError);
});

test('bytes that are not HTTP are a network error', async () => {
  const url = await rawLoopback('SSH-2.0-OpenSSH_9.6\r\n\r\n');
  const { error } = await clientAt(url, { retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toBeInstanceOf(NetworkError);
});

test('a success whose body is not JSON is an invalid response; deep JSON is read without a crash', async () => {
  const garbage = await loopback((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' }).end('\u0000\u00ff{not json');
  });
  const first = await clientAt(garbage.url).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(first.error).toBeInstanceOf(InvalidResponseError);

  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const nested = await loopback((request, response) => {
    request.resume();
    response.writeHead(400, { 'content-type': 'application/json' }).end(deep);
  });
  const second = await clientAt(nested.url).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(second.error).toMatchObject({ kind: 'api', status: 400, code: undefined });
});

test('a custom fetch that follows redirects anyway still ends in a RedirectError', async () => {
  const other = await loopback((_, response) =>
    response.writeHead(200).end('{"lifecycle_hooks":[]}'),
  );
  const server = await redirecting(other.url, 302);
  // A wrapper that drops init.redirect, as many do.
  const { error } = await clientAt(server.url, {
    fetch: (url: string, { redirect: _dropped, ...init }: RequestInit) => fetch(url, init),
  }).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toMatchObject({ kind: 'redirect', status: 200 });
  expect((error as RedirectError).location).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/autoscaling-api\//,
  );
});

test('a 304 is not taken for a redirect', async () => {
  const server = await loopback((request, response) => {
    request.resume();
    response.writeHead(304).end();
  });
  const { error } = await clientAt(server.url, { retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error?.kind).not.toBe('redirect');
});

test('a body of empty chunks or of strings from a custom fetch ends at the limit or the timeout', async () => {
  const endlessEmpty = () =>
    new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(0)) }), {
      status: 200,
    });
  const strings = () =>
    new Response(new ReadableStream({ pull: (c) => c.enqueue('x' as never) }), { status: 200 });
  const empty = await clientAt('http://127.0.0.1:1', {
    fetch: async () => endlessEmpty(),
    maxResponseBytes: 10_000,
    retry: false,
  }).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(empty.error?.kind).toBe('response-too-large');
  const slow = await clientAt('http://127.0.0.1:1', {
    fetch: async () => endlessEmpty(),
    timeoutMs: 200,
    retry: false,
  }).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(slow.error?.kind).toBe('timeout');
  const text = await clientAt('http://127.0.0.1:1', {
    fetch: async () => strings(),
    retry: false,
  }).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(text.error?.kind).toBe('network');
});
