import { expect, test } from 'vitest';
import { canonicalQuery } from './canonical-query';

test('no query is the empty string', () => {
  expect(canonicalQuery('')).toBe('');
  expect(canonicalQuery('?')).toBe('');
  expect(canonicalQuery(new URLSearchParams())).toBe('');
});

test('sorts by key, then a repeated key by value', () => {
  expect(canonicalQuery('?b=2&a=2&b=1&a=1')).toBe('a=1&a=2&b=1&b=2');
});

test('a key without = has the empty value', () => {
  expect(canonicalQuery('?flag&a=1')).toBe('a=1&flag=');
});

test('skips empty pairs', () => {
  expect(canonicalQuery('?&a=1&&')).toBe('a=1');
});

test('+ is a space, %2B is a plus (form encoding, as URLSearchParams and the SDKs send)', () => {
  expect(canonicalQuery('?q=a+b&p=a%2Bb')).toBe('p=a%2Bb&q=a%20b');
});

test('a % not followed by two hex digits is a literal %', () => {
  expect(canonicalQuery('?q=100%&r=%zz')).toBe('q=100%25&r=%25zz');
});

test('an escape of a byte that is not UTF-8 stays that byte', () => {
  expect(canonicalQuery('?q=%FF')).toBe('q=%FF');
});

test('only the first = separates key from value', () => {
  expect(canonicalQuery('?q=a=b')).toBe('q=a%3Db');
});

test('orders by code point, so U+E000 sorts before U+10000', () => {
  const params = new URLSearchParams([
    ['\u{10000}', ''],
    ['\uE000', ''],
  ]);
  expect(canonicalQuery(params)).toBe('%EE%80%80=&%F0%90%80%80=');
});

test('orders by the raw key, not its encoding', () => {
  // '[' (0x5B) sorts after 'Z' (0x5A), though its encoding %5B sorts before it.
  expect(canonicalQuery('?%5B=1&Z=2')).toBe('Z=2&%5B=1');
});

test('a string and the URLSearchParams parsed from it agree', () => {
  const query = '?z=%E4%B8%80&a=x+y&a=%26&m=1%3D2';
  expect(canonicalQuery(query)).toBe(canonicalQuery(new URLSearchParams(query)));
});
