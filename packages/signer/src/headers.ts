import type { HeadersInput } from './types';

/**
 * The headers of a request by lowercase name. A repeated name (case-insensitively) is joined
 * with `, `, which is what `Headers` sends and what a server reads.
 */
export function headerMap(headers: HeadersInput = {}): Map<string, string> {
  const map = new Map<string, string>();
  // A Headers or a list of pairs iterates as pairs; a record does not.
  const pairs = Symbol.iterator in headers ? headers : Object.entries(headers);
  for (const [name, value] of pairs as Iterable<readonly [string, string]>) {
    const key = name.toLowerCase();
    map.set(key, map.has(key) ? `${map.get(key)}, ${value}` : value);
  }
  return map;
}

/**
 * The first of `signedHeaders` that `headers` (by lowercase name) lacks, or undefined. `host`
 * never lacks: absent, as from browsers' and MSW's Request objects, it is taken from the URL.
 */
export function missingHeader(
  headers: Map<string, string>,
  signedHeaders: readonly string[],
): string | undefined {
  return signedHeaders.find((name) => name !== 'host' && !headers.has(name));
}

/** A header value without leading or trailing HTTP whitespace (space, tab, CR, LF). */
export function trimHeaderValue(value: string): string {
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
