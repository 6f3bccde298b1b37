import { expect, test } from 'vitest';
import { TimeoutQueue } from './timeout-queue';

test('pops due entries earliest first, and none that is not due', () => {
  const queue = new TimeoutQueue<{ at: number; id: string }>();
  for (const [at, id] of [
    [30, 'c'],
    [10, 'a'],
    [50, 'e'],
    [20, 'b'],
    [40, 'd'],
  ] as const)
    queue.push({ at, id });
  expect(queue.popDue(5)).toBeUndefined();
  const popped: string[] = [];
  for (let entry = queue.popDue(40); entry; entry = queue.popDue(40)) popped.push(entry.id);
  expect(popped).toEqual(['a', 'b', 'c', 'd']);
  expect(queue.size).toBe(1);
});
