import { isDeepStrictEqual } from 'node:util';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { matchesPartial, scorePartial } from './partial-match';

const equals = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

test('objects match on their listed keys, nested; arrays and primitives whole', () => {
  const actual = { a: { b: 1, c: [1, 2] }, d: 'x' };
  expect(matchesPartial(actual, {}, equals)).toBe(true);
  expect(matchesPartial(actual, { a: { b: 1 } }, equals)).toBe(true);
  expect(matchesPartial(actual, { a: { c: [1, 2] }, d: 'x' }, equals)).toBe(true);
  expect(matchesPartial(actual, { a: { c: [1] } }, equals)).toBe(false);
  expect(matchesPartial(actual, { a: { b: 2 } }, equals)).toBe(false);
  expect(matchesPartial(undefined, { a: undefined }, equals)).toBe(false);
  expect(matchesPartial({}, { a: undefined }, equals)).toBe(true);
});

test('the score counts the expected leaves matched', () => {
  const actual = { a: { b: 1, c: 2 }, d: 'x' };
  expect(scorePartial(actual, { a: { b: 1, c: 3 }, d: 'x' }, equals)).toEqual({
    matched: 2,
    total: 3,
  });
  expect(scorePartial('x', { a: 1, b: 2 }, equals)).toEqual({ matched: 0, total: 2 });
});

test("objects of another realm match too (Jest runs a test in a vm context; the journal's copies may come from outside it)", () => {
  const actual = runInNewContext(
    "({ body: { lifecycle_action_result: 'CONTINUE', lifecycle_action_key: 'k' } })",
  );
  const expected = runInNewContext("({ body: { lifecycle_action_result: 'CONTINUE' } })");
  expect(matchesPartial(actual, { body: { lifecycle_action_result: 'CONTINUE' } }, equals)).toBe(
    true,
  );
  expect(matchesPartial({ body: { lifecycle_action_result: 'CONTINUE' } }, expected, equals)).toBe(
    true,
  );
  expect(matchesPartial(actual, { body: { lifecycle_action_result: 'ABANDON' } }, equals)).toBe(
    false,
  );
});
