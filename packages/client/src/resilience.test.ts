import { afterEach, expect, test, vi } from 'vitest';
import { hook, ids, json, noContent, recordingFetch } from '../test/helpers';
import { ApiError } from './api-error';
import { createAutoScalingClient } from './create-client';
import { AbortError, NetworkError, TimeoutError } from './errors';
import type { FetchLike } from './send-with-timeout';
import { ClientUsageError } from './usage-error';

const client = (fetch: FetchLike, extra = {}) =>
  createAutoScalingClient({
    endpoint: 'http://127.0.0.1:4010',
    projectId: ids.project,
    credentials: { token: 't' },
    fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 20 },
    ...extra,
  });

/** A fetch that answers only when its request is aborted, as a real one does. */
const hanging = () =>
  recordingFetch(
    (request) =>
      new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      }),
  );

const callback = { lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' } as const;

test('gives up after timeoutMs with a timeout error', async () => {
  const { fetch } = hanging();
  const { error, response } = await client(fetch, {
    timeoutMs: 30,
    retry: false,
  }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toBeInstanceOf(TimeoutError);
  expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 30 });
  expect(response).toBeUndefined();
});

test('a per-call timeout overrides the client timeout', async () => {
  const { fetch } = hanging();
  const { error } = await client(fetch, { timeoutMs: 60_000, retry: false }).listLifecycleHooks(
    { scaling_group_id: ids.group },
    { timeoutMs: 20 },
  );
  expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 20 });
});

test("the caller's signal aborts the call with an abort error", async () => {
  const { fetch } = hanging();
  const controller = new AbortController();
  const pending = client(fetch).listLifecycleHooks(
    { scaling_group_id: ids.group },
    { signal: controller.signal },
  );
  setTimeout(() => controller.abort(), 5);
  const { error } = await pending;
  expect(error).toBeInstanceOf(AbortError);
});

test('a rejected fetch is a network error', async () => {
  const { fetch } = recordingFetch(() => Promise.reject(new TypeError('fetch failed')));
  const { error } = await client(fetch, { retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toBeInstanceOf(NetworkError);
  expect(error?.message).toBe(
    'listLifecycleHooks failed: the request did not reach the service: fetch failed',
  );
});

test('reads retry on 503, then succeed', async () => {
  const { fetch, calls } = recordingFetch((_, index) =>
    index < 2 ? json(503, { error: { code: 'AS.0001', message: 'busy' } }) : json(200, hook),
  );
  const { data, error } = await client(fetch).showLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'test-hook1',
  });
  expect(error).toBeUndefined();
  expect(data?.lifecycle_hook_name).toBe('test-hook1');
  expect(calls).toHaveLength(3);
});

test('reads retry on network errors and 429, and stop after the attempts', async () => {
  const { fetch, calls } = recordingFetch((_, index) =>
    index === 0
      ? Promise.reject(new TypeError('reset'))
      : json(429, { error: { code: 'AS.0001', message: 'slow down' } }),
  );
  const { error } = await client(fetch, {
    retry: { attempts: 4, baseDelayMs: 1 },
  }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toMatchObject({ kind: 'api', status: 429 });
  expect(calls).toHaveLength(4);
});

test('reads do not retry a 400: the request itself is wrong', async () => {
  const { fetch, calls } = recordingFetch(() =>
    json(400, { error: { code: 'AS.2007', message: 'no group' } }),
  );
  await client(fetch).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(calls).toHaveLength(1);
});

test('honours Retry-After, and gives up when it is longer than maxDelayMs', async () => {
  const { fetch, calls } = recordingFetch(() =>
    json(503, { error: { code: 'AS.0001', message: 'later' } }, { 'Retry-After': '120' }),
  );
  const { error } = await client(fetch).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toMatchObject({ status: 503 });
  expect(calls).toHaveLength(1);
});

test('never retries the callback by default: a second EXTEND would add a second hour', async () => {
  const { fetch, calls } = recordingFetch(() =>
    json(503, { error: { code: 'AS.0001', message: 'busy' } }),
  );
  const { error } = await client(fetch).callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: callback,
  });
  expect(error).toMatchObject({ status: 503 });
  expect(calls).toHaveLength(1);
});

test('never retries other writes after a network error by default', async () => {
  const { fetch, calls } = recordingFetch(() => Promise.reject(new TypeError('reset')));
  await client(fetch).deleteLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'h',
  });
  expect(calls).toHaveLength(1);
});

test('retries writes when asked to', async () => {
  const { fetch, calls } = recordingFetch((_, index) =>
    index === 0 ? json(503, { error: { code: 'AS.0001', message: 'busy' } }) : noContent(),
  );
  const { error } = await client(fetch, {
    retry: { writes: true, baseDelayMs: 1 },
  }).callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: callback,
  });
  expect(error).toBeUndefined();
  expect(calls).toHaveLength(2);
  expect(calls[1]?.body).toBe(calls[0]?.body);
});

test('an abort during the backoff ends the retries', async () => {
  const controller = new AbortController();
  const { fetch, calls } = recordingFetch(() => {
    setTimeout(() => controller.abort(), 1);
    return json(503, { error: { code: 'AS.0001', message: 'busy' } });
  });
  const { error } = await client(fetch, {
    retry: { baseDelayMs: 10_000, maxDelayMs: 10_000 },
  }).listLifecycleHooks({ scaling_group_id: ids.group }, { signal: controller.signal });
  expect(error).toBeInstanceOf(AbortError);
  expect(calls).toHaveLength(1);
});

test('refuses a nonsensical timeout or attempt count', () => {
  const base = { endpoint: 'http://x', projectId: 'p', credentials: { token: 't' } };
  expect(() => createAutoScalingClient({ ...base, timeoutMs: 0 })).toThrow(
    'Failed to set the timeout: timeoutMs is 0. Pass a number of milliseconds from 1 to 2147483647.',
  );
  // Above 2^31 - 1 ms a timer fires at once: refused rather than timing out every call.
  expect(() => createAutoScalingClient({ ...base, timeoutMs: 3_000_000_000 })).toThrow(
    ClientUsageError,
  );
  expect(() =>
    createAutoScalingClient({ ...base, retry: { maxDelayMs: Number.POSITIVE_INFINITY } }),
  ).toThrow(/retry.maxDelayMs is Infinity/);
  expect(() => createAutoScalingClient({ ...base, retry: { baseDelayMs: Number.NaN } })).toThrow(
    /retry.baseDelayMs/,
  );
  expect(() => createAutoScalingClient({ ...base, retry: { attempts: 0 } })).toThrow(/at least 1/);
});

afterEach(() => vi.useRealTimers());

test('an already aborted signal sends nothing', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  const { error } = await client(fetch).callbackLifecycleHook(
    { scaling_group_id: ids.group, body: callback },
    { signal: AbortSignal.abort() },
  );
  expect(error).toBeInstanceOf(AbortError);
  expect(calls).toHaveLength(0);
});

test('the timeout holds even when the fetch ignores its signal', async () => {
  const { fetch } = recordingFetch(() => new Promise<Response>(() => undefined));
  const { error } = await client(fetch, { timeoutMs: 20, retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toBeInstanceOf(TimeoutError);
});

test("the caller's abort listener is removed after each call", async () => {
  const { fetch } = recordingFetch(() => noContent());
  const controller = new AbortController();
  const added = vi.spyOn(controller.signal, 'addEventListener');
  const removed = vi.spyOn(controller.signal, 'removeEventListener');
  const made = client(fetch);
  for (let i = 0; i < 3; i++) {
    await made.deleteLifecycleHook(
      { scaling_group_id: ids.group, lifecycle_hook_name: 'h' },
      { signal: controller.signal },
    );
  }
  expect(added).toHaveBeenCalledTimes(3);
  expect(removed).toHaveBeenCalledTimes(3);
});

test('a write that times out is not retried', async () => {
  const { fetch, calls } = hanging();
  const { error } = await client(fetch, { timeoutMs: 20 }).callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: callback,
  });
  expect(error).toBeInstanceOf(TimeoutError);
  expect(calls).toHaveLength(1);
});

test('waits at least Retry-After before the next attempt', async () => {
  vi.useFakeTimers();
  const { fetch, calls } = recordingFetch((_, index) =>
    index === 0
      ? json(503, { error: { code: 'AS.0001', message: 'later' } }, { 'Retry-After': '1' })
      : json(200, hook),
  );
  const pending = client(fetch, { retry: { baseDelayMs: 1, maxDelayMs: 5000 } }).showLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'h',
  });
  await vi.advanceTimersByTimeAsync(999);
  expect(calls).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect((await pending).error).toBeUndefined();
  expect(calls).toHaveLength(2);
});

/** The API gateway's throttle, as it answers: 429 in its flat body. */
const throttled = () =>
  json(429, {
    error_code: 'APIG.0308',
    error_msg:
      'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second',
    request_id: 'gw-429',
  });

test("reads retry the gateway's 429 APIG.0308, and end with it as a gateway ApiError", async () => {
  const { fetch, calls } = recordingFetch((_, index) =>
    index < 2 ? throttled() : json(200, { instance_hanging_info: [] }),
  );
  const retried = await client(fetch).listHookInstances({ scaling_group_id: ids.group });
  expect(retried.error).toBeUndefined();
  expect(calls).toHaveLength(3);

  const always = recordingFetch(() => throttled());
  const { error } = await client(always.fetch, {
    retry: { attempts: 2, baseDelayMs: 1 },
  }).listHookInstances({
    scaling_group_id: ids.group,
  });
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ kind: 'api', status: 429, code: 'APIG.0308', shape: 'gateway' });
  expect(always.calls).toHaveLength(2);
});

test('a write answered 429 is never retried, writes: true included: the caller paces its writes', async () => {
  for (const retry of [undefined, { writes: true, baseDelayMs: 1 }]) {
    const { fetch, calls } = recordingFetch((_, index) =>
      index === 0 ? throttled() : noContent(),
    );
    const { error, response } = await client(fetch, retry ? { retry } : {}).callbackLifecycleHook({
      scaling_group_id: ids.group,
      body: callback,
    });
    expect(error).toMatchObject({ kind: 'api', status: 429, code: 'APIG.0308', shape: 'gateway' });
    expect(response?.status).toBe(429);
    expect(calls).toHaveLength(1);
  }
  // The same write after a 503 is retried with writes: true: the rule is the 429's, not the writes'.
  const { fetch, calls } = recordingFetch((_, index) =>
    index === 0 ? json(503, { error: { code: 'AS.0001', message: 'busy' } }) : throttled(),
  );
  const { error } = await client(fetch, {
    retry: { writes: true, baseDelayMs: 1 },
  }).deleteLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'h',
  });
  expect(error).toMatchObject({ status: 429 });
  expect(calls).toHaveLength(2);
});
