import { isDeepStrictEqual } from 'node:util';
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
