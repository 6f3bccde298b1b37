import { expect, test } from 'vitest';
import { Throttle } from './throttle';

test('counts per one-second window and keeps only the current window', () => {
  const throttle = new Throttle();
  expect(throttle.refuses(0)).toBe(false);
  throttle.set({ perSecond: 3 });
  const at = (ms: number, n: number) => Array.from({ length: n }, () => throttle.refuses(ms));
  expect(at(1_000, 5)).toEqual([false, false, false, true, true]);
  expect(at(1_999, 1)).toEqual([true]);
  expect(at(2_000, 4)).toEqual([false, false, false, true]);
  // A window long past is forgotten, not replayed: the next second starts from zero.
  expect(at(60_000, 3)).toEqual([false, false, false]);
});
