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

/** A header value without leading or trailing HTTP whitespace (space, tab, CR, LF). */
export function trimHeaderValue(value: string): string {
  return value.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
