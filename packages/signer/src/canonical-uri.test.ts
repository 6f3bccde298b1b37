import { expect, test } from 'vitest';
import { canonicalUri } from './canonical-uri';

test('appends a slash unless the path already ends with one', () => {
  expect(canonicalUri('/v1/hooks')).toBe('/v1/hooks/');
  expect(canonicalUri('/v1/hooks/')).toBe('/v1/hooks/');
});

test('the empty path and the root are both /', () => {
  expect(canonicalUri('')).toBe('/');
  expect(canonicalUri('/')).toBe('/');
});

test('encodes raw unicode as uppercase UTF-8 escapes', () => {
  expect(canonicalUri('/中/é')).toBe('/%E4%B8%AD/%C3%A9/');
});

test('decodes before encoding, so an encoded path is not encoded twice', () => {
  expect(canonicalUri('/%E4%B8%AD/%c3%a9')).toBe('/%E4%B8%AD/%C3%A9/');
});

test('encodes every byte outside A-Z a-z 0-9 - _ . ~', () => {
  expect(canonicalUri("/a!$&'()*+,;=:@b/-_.~")).toBe(
    '/a%21%24%26%27%28%29%2A%2B%2C%3B%3D%3A%40b/-_.~/',
  );
});

test('an encoded slash stays inside its segment', () => {
  expect(canonicalUri('/a%2Fb/c')).toBe('/a%2Fb/c/');
});

test('a % not followed by two hex digits is a literal %', () => {
  expect(canonicalUri('/100%/%zz/%4')).toBe('/100%25/%25zz/%254/');
});

test('an escape of a byte that is not UTF-8 stays that byte', () => {
  expect(canonicalUri('/%FF')).toBe('/%FF/');
});

test('keeps empty segments', () => {
  expect(canonicalUri('//a//')).toBe('//a//');
});
