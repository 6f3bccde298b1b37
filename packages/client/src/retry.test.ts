import { expect, test } from 'vitest';
import { backoffMs, retryAfterMs, toRetryPolicy } from './retry';

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
