import { toHex } from '#crypto';

// Text of A-Z a-z 0-9 - _ . ~ only, the characters the encoding keeps as they are.
const UNRESERVED = /^[\w.~-]*$/;
// A valid escape (its hex digits captured), a run of characters to encode, or a lone `%`.
const TO_ENCODE = /%([\dA-Fa-f]{2})|[^\w.~%-]+|%/g;

/**
 * Percent-decodes then percent-encodes one URI component, the canonical form of a path segment or
 * a query key or value: every byte except A-Z a-z 0-9 - _ . ~ becomes `%XX` (uppercase). As the
 * URL Standard decodes, `%XX` stands for its byte (even one that is not UTF-8), a `%` not followed
 * by two hex digits is a literal `%`, and `+` is a space only when asked. Text is UTF-8, with a
 * lone surrogate as U+FFFD. Text of unreserved characters only, the usual case, is its own form.
 */
export function canonicalComponent(text: string, plusAsSpace?: boolean): string {
  if (UNRESERVED.test(text)) return text;
  return (plusAsSpace ? text.replace(/\+/g, ' ') : text).replace(TO_ENCODE, (match, hex) => {
    const byte = unescape(match);
    if (hex && UNRESERVED.test(byte)) return byte;
    return (hex ? match : toHex(match).replace(/../g, '%$&')).toUpperCase();
  });
}

/**
 * Orders canonical components by the bytes they encode: unescape turns each `%XX` back into the
 * character of code XX, and as the encoding is one-to-one, equal bytes mean equal strings.
 */
export const byBytes = (a: string, b: string): number =>
  unescape(a) < unescape(b) ? -1 : +(a !== b);

/** Compares two strings in time that depends only on their length, not on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
