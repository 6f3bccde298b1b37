/**
 * Arbitraries for the parts of a request around its body: path parameters (any script, reserved
 * characters, each way of percent-encoding them), media types, and raw text that is not JSON.
 */
import fc from 'fast-check';
import { unicodeText } from './body-arbitraries';

/** The reserved and otherwise awkward characters of a URL. */
export const reservedCharacters = [...` !"#$%&'()*+,/:;<=>?@[\\]^\`{|}~.`];

/** Text for a path parameter: any script, reserved characters, UUIDs. Never a dot segment. */
export const pathText = fc
  .oneof(
    unicodeText({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...reservedCharacters), minLength: 1, maxLength: 8 }),
    fc
      .tuple(fc.uuid(), fc.string({ unit: fc.constantFrom(...reservedCharacters), maxLength: 3 }))
      .map(([id, tail]) => id + tail),
  )
  // `.` and `..` are dot segments: the URL parser removes them, so no operation sees them.
  .filter((s) => s !== '.' && s !== '..');

/** Every UTF-8 byte of the text as `%XX` (unreserved characters included), upper or lower case. */
const encodeEveryByte = (text: string, lower: boolean) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .map((hex) => (lower ? hex : hex.toUpperCase()))
    .join('');

/** `encodeURIComponent`, then the characters a path segment may carry raw put back. */
const encodeMinimally = (text: string) =>
  encodeURIComponent(text).replace(/%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g, (hex) =>
    decodeURIComponent(hex),
  );

/** A path parameter's text as a path segment, in one of the ways a client may encode it. */
export const encodedSegment = (text: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    encodeURIComponent(text),
    encodeMinimally(text),
    encodeEveryByte(text, false),
    encodeEveryByte(text, true),
  );

/** Ways of saying `application/json`: parameters and case do not matter. */
export const jsonMediaTypes = fc.constantFrom(
  'application/json',
  'application/json;charset=UTF-8',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'Application/Json ; charset="utf-8"',
);

/** Media types that are not `application/json`, `+json` and look-alikes included. */
export const otherMediaTypes = fc
  .oneof(
    fc.constantFrom(
      'text/plain',
      'text/plain;charset=UTF-8',
      'text/json',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      'application/jsonx',
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/vnd.api+json',
      'application/javascript',
      'json',
      'application',
      '*/*',
    ),
    fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9.+-]{0,15}$/),
        fc.stringMatching(/^[a-z0-9][a-z0-9.+-]{0,15}$/),
      )
      .map(([type, subtype]) => `${type}/${subtype}`),
  )
  .filter((type) => type.split(';')[0]?.trim().toLowerCase() !== 'application/json');

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Text with something in it that is not JSON: random text, and JSON cut short or spoilt. */
export const notJsonText = fc
  .oneof(
    unicodeText({ minLength: 1, maxLength: 60 }),
    fc.tuple(fc.json(), fc.nat()).map(([text, at]) => text.slice(0, at % Math.max(text.length, 1))),
    fc
      .tuple(fc.json(), fc.constantFrom(',', '}', ']', ':', "'", 'undefined', 'NaN', '//'))
      .map(([text, junk]) => text + junk),
    fc.constantFrom("{'a': 1}", '{a: 1}', '[1,]', '{"a":1,}', 'True', 'nul', '0x10', '.5', '01'),
  )
  // A leading BOM is dropped when the body is decoded, and blank text is an empty body.
  .filter((text) => text.trim() !== '' && !text.startsWith('\uFEFF') && !parses(text));

/** Blank bodies: only whitespace JSON allows, which parses as nothing. */
export const blankText = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r'),
  minLength: 1,
  maxLength: 5,
});
