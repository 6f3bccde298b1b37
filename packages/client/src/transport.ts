/**
 * The transport: openapi-fetch's `createFinalURL` builds each URL from the spec's path template,
 * path and query parameters, serialised as openapi-fetch does for primitives; `fetch(url, init)` sends; the answer is read here.
 * This is the only file that imports openapi-fetch (in maintenance mode), so that it can be swapped.
 *
 * openapi-fetch's own request cycle builds a `Request` and hands it to `fetch`, which builds its own
 * `Request` again: two constructions and a body copy per call, and 2.6 KB gzipped in a browser
 * bundle. URL building is what a fixed set of seven operations needs from it; timeouts, retries
 * and signing need the cycle to be ours anyway. See docs/decisions/005-client-transport.md.
 */
import { type OperationId, operationRoutes } from '@as-lifecycle/types';
import { createFinalURL } from 'openapi-fetch';
import { misuse } from './errors';

/**
 * Any `fetch` with the standard signature: `globalThis.fetch`, a stub, a proxy's, MSW-backed.
 *
 * @example
 * const fetch: FetchLike = (input, init) => globalThis.fetch(input, init);
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

// Every parameter of the seven operations is a primitive string: path parameters in the default
// `simple` style, `instance_id` a form-style query. openapi-fetch's defaultPathSerializer and
// createQuerySerializer also carry the label, matrix, array and object styles the spec never uses,
// 0.9 KB gzipped of a 6 KB budget; these two do what they would do for a primitive.
const PARAM = /\{(\w+)\}/g;
const pathSerializer = (template: string, path: Record<string, unknown>) =>
  template.replace(PARAM, (_, name: string) => encodeURIComponent(String(path[name])));
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

/** The default of `maxResponseBytes`: 4 MiB, about 12,000 hanging records in one list. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * The text of a response body, read as a stream and stopped at `maxBytes`: undefined when the body
 * is longer (or declares a longer `Content-Length`), and the rest is then cancelled, not read. A
 * server cannot make the caller hold more than `maxBytes` of its answer. `signal` cancels the read
 * (a timeout): the stream is released even when the `fetch` that made it ignores its signal.
 *
 * @example
 * const response = await fetch('https://example.com/hooks.json');
 * const text = await readTextWithin(response, 1024 * 1024);
 * if (text === undefined) throw new Error('the answer is over 1 MiB');
 */
export async function readTextWithin(
  response: Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string | undefined> {
  const body = response.body;
  if (body === null) return '';
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = body.getReader();
  const cancel = () => reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    for (let read = await reader.read(), n = 1; !read.done; read = await reader.read(), n++) {
      const chunk = read.value;
      // An empty chunk counts as one byte, so that a stream of them ends too (a chunk that is not
      // bytes makes `decode` throw); and every 1024 chunks a macrotask passes, so that a timer (the
      // timeout) can fire on an in-memory stream.
      size += chunk.byteLength || 1;
      if (size > maxBytes) {
        cancel();
        return undefined;
      }
      text += decoder.decode(chunk, { stream: true });
      if (n % 1024 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  return text + decoder.decode();
}

/**
 * The body of an answer from its text: JSON, `undefined` for 204, or for an error that is not JSON
 * its text. A success other than 204 must carry JSON: an empty or broken one throws a `SyntaxError`.
 */
export function parseBody(response: Response, text: string): unknown {
  if (response.status === 204) return undefined;
  if (response.ok) {
    if (text === '') throw new SyntaxError(`The ${response.status} answer has no body`);
    return JSON.parse(text);
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Whether an answer is a redirect, which the client never follows: a 3xx but 304 (`redirect:
 * 'manual'` in Node), an opaque redirect (the same in browsers), or an answer a custom `fetch`
 * followed anyway (`redirected`, or a `url` on another origin than `requested`).
 *
 * @example
 * const url = 'https://example.com/api/resource';
 * const response = await fetch(url, { headers: { 'X-Auth-Token': 'a token' }, redirect: 'manual' });
 * if (isRedirect(response, url)) throw new Error(`redirected to ${response.headers.get('Location')}`);
 */
export const isRedirect = (response: Response, requested?: string) =>
  response.type === 'opaqueredirect' ||
  response.redirected ||
  (response.status >= 300 && response.status < 400 && response.status !== 304) ||
  (requested !== undefined &&
    response.url !== '' &&
    originOf(response.url) !== originOf(requested));

// Both are URLs: the client built `requested`, and `fetch` sets `url` to the one it answered.
const originOf = (url: string) => new URL(url).origin;
