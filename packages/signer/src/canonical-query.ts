import { byBytes, canonicalComponent } from './encoding';

/**
 * The canonical query string: pairs sorted by key then value (byte order of their UTF-8, i.e.
 * code point order), each key and value percent-encoded, one `k=v` per value, joined with `&`.
 * A string is parsed as a form-encoded query: `+` is a space (send a literal plus as `%2B`), and a
 * `%` not followed by two hex digits is a literal `%`. A `URLSearchParams` is taken as decoded.
 *
 * @example
 * canonicalQuery('?multi=2&limit=1&multi=1&q=a+b'); // 'limit=1&multi=1&multi=2&q=a%20b'
 */
export function canonicalQuery(query: string | URLSearchParams): string {
  // A URLSearchParams serializes as a form, which parses back to the very same bytes.
  return `${query}`
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const [key, ...value] = part.split('=');
      return [key, value.join('=')].map((text) => canonicalComponent(text as string, true)) as [
        string,
        string,
      ];
    })
    .sort(([a, b], [c, d]) => byBytes(a, c) || byBytes(b, d))
    .map((pair) => pair.join('='))
    .join('&');
}
