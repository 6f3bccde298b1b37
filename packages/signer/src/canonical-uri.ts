import { canonicalComponent } from './encoding';

/**
 * The canonical URI of a path: each `/`-separated segment percent-decoded, then percent-encoded
 * (keeping A-Z a-z 0-9 - _ . ~), rejoined, with a `/` appended unless it already ends with one.
 * Decoding first means an already-encoded path is not encoded twice (see
 * docs/decisions/004-signer-path-encoding.md); a `%` not followed by two hex digits is a literal `%`.
 *
 * @example
 * canonicalUri('/v1/中/a%20b'); // '/v1/%E4%B8%AD/a%20b/'
 */
export function canonicalUri(path: string): string {
  return path
    .split('/')
    .map((segment) => canonicalComponent(segment))
    .join('/')
    .replace(/\/?$/, '/');
}
