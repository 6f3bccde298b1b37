import type { OperationId } from '@as-lifecycle/types';
import type { Outcome } from './classify';
import { RedirectError, ResponseTooLargeError } from './errors';
import { parseApiError } from './parse-api-error';

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
    response.url !== requested &&
    originOf(response.url) !== originOf(requested));

// Both are URLs: the client built `requested`, and `fetch` sets `url` to the one it answered.
const originOf = (url: string) => new URL(url).origin;

/**
 * The read step: a redirect is refused unread, the body read up to `maxBytes` (`readTextWithin`)
 * and parsed (`parseBody`): the data of a 2xx, or the `ApiError` its body describes.
 */
export async function readResponse(
  id: OperationId,
  response: Response,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Outcome> {
  if (isRedirect(response, url)) {
    response.body?.cancel().catch(() => undefined);
    // A followed redirect shows where it ended in `url`.
    const location =
      response.headers.get('Location') ?? ((response.url !== url && response.url) || undefined);
    return { error: new RedirectError(id, response.status, location), response };
  }
  const text = await readTextWithin(response, maxBytes, signal);
  if (text === undefined) {
    return { error: new ResponseTooLargeError(id, response.status, maxBytes), response };
  }
  const data = parseBody(response, text);
  return response.ok ? { data, response } : { error: parseApiError(id, response, data), response };
}
