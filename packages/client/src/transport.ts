/**
 * The transport: openapi-fetch's `createFinalURL` and primitive serialiser build each URL from the
 * spec's path template, path and query parameters; `fetch(url, init)` sends; the answer is read here. This is the only file that
 * imports openapi-fetch (in maintenance mode), so that it can be swapped.
 *
 * openapi-fetch's own request cycle builds a `Request` and hands it to `fetch`, which builds its own
 * `Request` again: two constructions and a body copy per call, and 2.6 KB gzipped in a browser
 * bundle. URL building is what a fixed set of seven operations needs from it; timeouts, retries
 * and signing need the cycle to be ours anyway. See docs/decisions/005-client-transport.md.
 */
import { createFinalURL, serializePrimitiveParam } from 'openapi-fetch';

/** Any `fetch` with the standard signature: `globalThis.fetch`, a stub, a proxy's, MSW-backed. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

// Every parameter of the seven operations is a primitive string: path parameters in the default
// `simple` style, `instance_id` a form-style query. openapi-fetch's defaultPathSerializer and
// createQuerySerializer also carry the label, matrix, array and object styles the spec never uses,
// 0.9 KB gzipped of a 6 KB budget; these two do what they would do for a primitive.
const pathSerializer = (template: string, path: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
const querySerializer = (query: Record<string, unknown>) =>
  Object.entries(query)
    .map(([name, value]) => serializePrimitiveParam(name, String(value)))
    .join('&');

/** The absolute URL of an operation: its path template filled in and its query appended. */
export function operationUrl(
  baseUrl: string,
  template: string,
  path: Record<string, string>,
  query: Record<string, unknown>,
): string {
  return createFinalURL(template, {
    baseUrl,
    params: { path, query },
    querySerializer,
    pathSerializer,
  });
}

/** The body of an answer: `undefined` when empty, else JSON (or the text, for an error that is not JSON). */
export async function readBody(response: Response): Promise<unknown> {
  const text = response.status === 204 ? '' : await response.text();
  if (text === '') return undefined;
  if (response.ok) return JSON.parse(text);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
