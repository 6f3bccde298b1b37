import { expect, test } from 'vitest';
import { ApiError } from './api-error';
import {
  AbortError,
  type AutoScalingError,
  InvalidResponseError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
import { backoffMs, isTransient, retryAfterMs, retrying, toRetryPolicy } from './retry';

const policy = toRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
const after = (value: string) =>
  new Response(null, { status: 503, headers: { 'Retry-After': value } });

test('backs off exponentially with full jitter, capped', () => {
  expect(backoffMs(policy, 1, undefined, () => 1)).toBe(100);
  expect(backoffMs(policy, 3, undefined, () => 1)).toBe(400);
  expect(backoffMs(policy, 10, undefined, () => 1)).toBe(1000);
  expect(backoffMs(policy, 3, undefined, () => 0.5)).toBe(200);
  expect(backoffMs(policy, 3, undefined, () => 0)).toBe(0);
});

test('never waits less than Retry-After, and stops when it exceeds the cap', () => {
  expect(backoffMs(policy, 1, after('1'), () => 0)).toBe(1000);
  expect(backoffMs(policy, 1, after('2'), () => 0)).toBeUndefined();
});

test('reads Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  expect(retryAfterMs(after('3'), now)).toBe(3000);
  expect(retryAfterMs(after('Thu, 01 Jan 2026 00:00:05 GMT'), now)).toBe(5000);
  expect(retryAfterMs(after('soon'), now)).toBeUndefined();
  expect(retryAfterMs(undefined, now)).toBeUndefined();
});

test('defaults to three attempts of reads only', () => {
  expect(toRetryPolicy(undefined)).toEqual({
    attempts: 3,
    baseDelayMs: 200,
    maxDelayMs: 5000,
    writes: false,
  });
  expect(toRetryPolicy(false).attempts).toBe(1);
});

test('a failure is transient when no answer came or the status may pass; never a redirect or an abort', () => {
  const op = 'listHookInstances' as const;
  const api = (status: number) =>
    new ApiError(op, { status, code: undefined, message: 'm', requestId: undefined, shape: 'as' });
  const cases: [AutoScalingError, boolean][] = [
    [new NetworkError(op, new TypeError('Failed to fetch')), true],
    [new TimeoutError(op, 1000), true],
    [api(429), true],
    [api(500), true],
    [api(502), true],
    [api(503), true],
    [api(504), true],
    [api(501), false],
    [api(400), false],
    [new AbortError(op, 'stop'), false],
    [new RedirectError(op, 302, undefined), false],
    [new ResponseTooLargeError(op, 200, 10), false],
    [new InvalidResponseError(op, 200, new SyntaxError('x')), false],
  ];
  expect(cases.map(([error]) => [error.kind, isTransient(error)])).toEqual(
    cases.map(([error, transient]) => [error.kind, transient]),
  );
});

test('retrying repeats a transient failure of a read up to the attempts, and never a write by default', async () => {
  const op = 'listHookInstances' as const;
  const fast = toRetryPolicy({ attempts: 3, baseDelayMs: 0 });
  const failing = () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      return { error: new NetworkError(op, new TypeError('fetch failed')), response: undefined };
    };
    return { attempt, calls: () => calls };
  };
  const read = failing();
  expect((await retrying(fast, 'GET', op, undefined, read.attempt)).error?.kind).toBe('network');
  expect(read.calls()).toBe(3);
  const write = failing();
  await retrying(fast, 'PUT', 'callbackLifecycleHook', undefined, write.attempt);
  expect(write.calls()).toBe(1);
  const allowed = failing();
  await retrying(
    { ...fast, writes: true },
    'PUT',
    'callbackLifecycleHook',
    undefined,
    allowed.attempt,
  );
  expect(allowed.calls()).toBe(3);
});

test('retrying ends with an AbortError when the caller aborts during the wait', async () => {
  const op = 'listHookInstances' as const;
  const caller = new AbortController();
  const response = new Response(null, { status: 503 });
  const attempt = async () => {
    setTimeout(() => caller.abort('stop'), 1);
    return {
      error: new ApiError(op, {
        status: 503,
        code: undefined,
        message: 'm',
        requestId: undefined,
        shape: 'unknown' as const,
      }),
      response,
    };
  };
  const policy = toRetryPolicy({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
  const outcome = await retrying(policy, 'GET', op, caller.signal, attempt);
  expect(outcome.error).toBeInstanceOf(AbortError);
  expect(outcome.error?.cause).toBe('stop');
  expect(outcome.response).toBe(response);
});
