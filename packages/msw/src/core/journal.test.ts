import { expect, test } from 'vitest';
import { Journal, type JournalEntry } from './journal';

const entry = (n: number): JournalEntry => ({
  at: '2026-01-01T00:00:00Z',
  operationId: 'listLifecycleHooks',
  method: 'GET',
  path: `/${n}`,
  params: {},
  body: undefined,
  status: 200,
  code: undefined,
});

test('keeps the last entries up to its limit, oldest first', () => {
  const journal = new Journal(3);
  for (let n = 0; n < 10; n++) journal.add(entry(n));
  expect(journal.entries().map((e) => e.path)).toEqual(['/7', '/8', '/9']);
  journal.clear();
  expect(journal.entries()).toEqual([]);
});
