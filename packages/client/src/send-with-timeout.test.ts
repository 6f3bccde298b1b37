import { getEventListeners } from 'node:events';
import { expect, test } from 'vitest';
import { checkTimeout, sendWithTimeout, TIMEOUT } from './send-with-timeout';
import { ClientUsageError } from './usage-error';

const never = () => new Promise<never>(() => undefined);

test('rejects with TIMEOUT when the time passes, even when the exchange ignores its signal', async () => {
  let seen: AbortSignal | undefined;
  const sent = sendWithTimeout(20, undefined, (signal) => {
    seen = signal;
    return never();
  });
  await expect(sent).rejects.toBe(TIMEOUT);
  expect(seen?.aborted).toBe(true);
  expect(seen?.reason).toBe(TIMEOUT);
});

test("rejects with the caller's reason when the caller aborts, and aborts the exchange's signal with it", async () => {
  const caller = new AbortController();
  let seen: AbortSignal | undefined;
  const sent = sendWithTimeout(60_000, caller.signal, (signal) => {
    seen = signal;
    return never();
  });
  caller.abort('stop');
  await expect(sent).rejects.toBe('stop');
  expect(seen?.reason).toBe('stop');
});

test("settles with the exchange's value or failure, and leaves no listener on the caller's signal", async () => {
  const { signal } = new AbortController();
  await expect(sendWithTimeout(60_000, signal, async () => 'answer')).resolves.toBe('answer');
  const failure = new TypeError('fetch failed');
  await expect(sendWithTimeout(60_000, signal, () => Promise.reject(failure))).rejects.toBe(
    failure,
  );
  expect(getEventListeners(signal, 'abort')).toEqual([]);
});

test('a timeout is a whole number of milliseconds from 1 to 2^31 - 1', () => {
  expect(checkTimeout(1)).toBe(1);
  expect(checkTimeout(2_147_483_647)).toBe(2_147_483_647);
  for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2_147_483_648]) {
    expect(() => checkTimeout(bad)).toThrow(ClientUsageError);
  }
});
