import { expect, test, vi } from 'vitest';
import { MockControlError } from '../controller/lifecycle-controller';
import { connectLifecycleMock } from './connect-lifecycle-mock';
import { type ControlFetch, MockTransportError } from './control-request';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const connect = (fetch: ControlFetch, timeoutMs?: number) =>
  connectLifecycleMock('http://127.0.0.1:4010/', {
    fetch,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });

test('each call sends its route: JSON POSTs, never following redirects', async () => {
  const fetch = vi.fn<ControlFetch>(async () => json(200, { now: '2026-01-01T00:00:00.000Z' }));
  const advanced = await connect(fetch).clock.advance(60);
  expect(advanced).toEqual(new Date('2026-01-01T00:00:00.000Z'));
  const [url, init] = fetch.mock.calls[0] ?? [];
  expect(url).toBe('http://127.0.0.1:4010/__mock/clock');
  expect(init).toMatchObject({
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json' },
    body: '{"advance_seconds":60}',
  });
  expect(init?.signal).toBeInstanceOf(AbortSignal);
  await connect(fetch).fail('listHookInstances', { delayMs: 5, times: 2 });
  expect(fetch.mock.calls[1]?.[1]?.body).toBe(
    '{"operation_id":"listHookInstances","times":2,"delay_ms":5}',
  );
  await connect(fetch).clock.set(Date.UTC(2026, 0, 2));
  expect(fetch.mock.calls[2]?.[1]?.body).toBe('{"now":"2026-01-02T00:00:00.000Z"}');
});

test('a 400 rejects with MockControlError carrying the server message', async () => {
  const message = 'Failed to find scaling group "g". Seed it first with a scenario.';
  const controller = connect(async () =>
    json(400, { error: { code: 'MOCK.BAD_REQUEST', message } }),
  );
  const refused = controller.group('g');
  await expect(refused).rejects.toThrow(MockControlError);
  await expect(refused).rejects.toThrow(message);
  await expect(connect(async () => new Response('nope', { status: 404 })).reset()).rejects.toThrow(
    /POST http:\/\/127\.0\.0\.1:4010\/__mock\/reset was refused with 404/,
  );
});

test('a redirect is refused, never followed', async () => {
  const fetch = vi.fn<ControlFetch>(
    async () => new Response(null, { status: 302, headers: { Location: 'http://evil.test/' } }),
  );
  const error = await connect(fetch)
    .snapshot()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MockTransportError);
  expect((error as MockTransportError).url).toBe('http://127.0.0.1:4010/__mock/state');
  expect(String(error)).toMatch(/redirect \(302 to http:\/\/evil\.test\/\).*never followed/);
  expect(fetch).toHaveBeenCalledTimes(1);
});

test('a request past timeoutMs is aborted and rejects naming the URL', async () => {
  const hanging: ControlFetch = (_url, init) =>
    new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
    });
  await expect(connect(hanging, 20).requests()).rejects.toThrow(
    /GET http:\/\/127\.0\.0\.1:4010\/__mock\/requests failed: no answer within 20 ms/,
  );
  const stalled: ControlFetch = async (_url, init) =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"now":'));
          init.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
        },
      }),
    );
  await expect(connect(stalled, 20).clock.now()).rejects.toThrow(/no whole answer within 20 ms/);
});

test('an answer over the size cap is refused, declared or streamed', async () => {
  const big = 'x'.repeat(64);
  const declared = connectLifecycleMock('http://localhost:4010', {
    maxBodyBytes: 16,
    fetch: async () => new Response(big, { status: 200, headers: { 'Content-Length': '64' } }),
  });
  await expect(declared.snapshot()).rejects.toThrow(/64 bytes, over the 16-byte cap/);
  const cancel = vi.fn();
  const streamed = connectLifecycleMock('http://localhost:4010', {
    maxBodyBytes: 16,
    fetch: async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode(big));
          },
          cancel,
        }),
      ),
  });
  await expect(streamed.snapshot()).rejects.toThrow(/over the 16-byte cap/);
  expect(cancel).toHaveBeenCalled();
});

test('transport failures, 5xx and non-JSON answers reject with MockTransportError', async () => {
  const down = connect(async () => {
    throw new TypeError('fetch failed');
  });
  await expect(down.reset()).rejects.toThrow(
    'POST http://127.0.0.1:4010/__mock/reset failed: could not reach as-lifecycle-mock (fetch failed).',
  );
  await expect(
    connect(async () =>
      json(500, { error: { code: 'AS.0001', message: 'System error: x' } }),
    ).snapshot(),
  ).rejects.toThrow(/answered 500: System error: x/);
  await expect(connect(async () => new Response('<html>')).snapshot()).rejects.toThrow(
    MockTransportError,
  );
});

test('a wrong baseUrl or option throws at once, saying how to fix it', () => {
  const fix = /Give the address the mock listens on, as `http:\/\/127\.0\.0\.1:4010`/;
  expect(() => connectLifecycleMock('127.0.0.1:4010')).toThrow(fix);
  expect(() => connectLifecycleMock('localhost')).toThrow(/not an absolute URL/);
  expect(() => connectLifecycleMock('ftp://127.0.0.1')).toThrow(/not an http: or https: URL/);
  expect(() => connectLifecycleMock('http://u:p@127.0.0.1')).toThrow(/carries credentials/);
  expect(() => connectLifecycleMock('http://127.0.0.1/?a=1')).toThrow(/query or a fragment/);
  expect(() => connectLifecycleMock('http://127.0.0.1/__mock/')).toThrow(/names \/__mock\//);
  expect(() => connectLifecycleMock('http://127.0.0.1', { timeoutMs: 0 })).toThrow(
    /timeoutMs must be a whole number >= 1, not 0/,
  );
  expect(() => connectLifecycleMock(new URL('https://mock.test/prefix/'))).not.toThrow();
});
