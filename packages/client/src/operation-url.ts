/**
 * The URL of a call: openapi-fetch's `createFinalURL` builds it from the spec's path template, path
 * and query parameters, serialised as openapi-fetch does for primitives. This is the only file that
 * imports openapi-fetch (in maintenance mode), so that it can be swapped.
 *
 * openapi-fetch's own request cycle builds a `Request` and hands it to `fetch`, which builds its own
 * `Request` again: two constructions and a body copy per call, and 2.6 KB gzipped in a browser
 * bundle. URL building is what a fixed set of seven operations needs from it; timeouts, retries
 * and signing need the cycle to be ours anyway. See docs/decisions/005-client-transport.md.
 */
import { type OperationId, operationRoutes } from '@as-lifecycle/types';
import { createFinalURL } from 'openapi-fetch';
import { misuse } from './usage-error';

// Every parameter of the seven operations is a primitive string: path parameters in the default
// `simple` style, `instance_id` a form-style query. openapi-fetch's defaultPathSerializer and
// createQuerySerializer also carry the label, matrix, array and object styles the spec never uses,
// 0.9 KB gzipped of a 6 KB budget; these two do what they would do for a primitive. Each name is in
// its template once, and replacing it by name is twice as fast as a regular expression with a
// callback (an encoded value holds no `$` pattern).
const PARAM = /\{(\w+)\}/g;
const pathSerializer = (url: string, path: Record<string, unknown>) => {
  for (const name in path) url = url.replace(`{${name}}`, encodeURIComponent(String(path[name])));
  return url;
};
const querySerializer = (query: Record<string, unknown>) =>
  Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');

/**
 * The absolute URL of an operation, from the caller's parameters: each path parameter a non-empty
 * string other than `.` and `..` (which URL parsing would fold into another path; a misuse,
 * refused before any request), and the query parameters the spec names.
 */
export function operationUrl(
  baseUrl: string,
  id: OperationId,
  projectId: string,
  params: Record<string, unknown>,
): string {
  const [, template, queryNames] = operationRoutes[id];
  const path: Record<string, string> = { project_id: projectId };
  for (const [, name] of template.matchAll(PARAM)) {
    if (name === 'project_id' || name === undefined) continue;
    const value = params[name];
    if (typeof value !== 'string' || value === '' || value === '.' || value === '..') {
      throw misuse(`call ${id}`, `${name} is missing, empty, "." or ".."`, `Pass { ${name}: '…' }`);
    }
    path[name] = value;
  }
  // Only the query parameters the spec names are sent; the types admit no other.
  const query: Record<string, unknown> = {};
  for (const name of queryNames) if (params[name] !== undefined) query[name] = params[name];
  return createFinalURL(template, {
    baseUrl,
    params: { path, query },
    querySerializer,
    pathSerializer,
  });
}
