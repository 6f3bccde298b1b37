/**
 * One request to `as-lifecycle-mock`'s control plane, bounded: a timeout over the whole exchange,
 * redirects refused, the answer read up to a size cap. Only `fetch`, so that it runs in browsers.
 */
import type {
  ControlAnswer,
  ControlEndpoint,
  ControlRequest,
} from '../control-plane/control-plane';
import { MockControlError } from '../controller/lifecycle-controller';

/**
 * The `fetch` the remote controller sends with: the global one, or one a test injects.
 *
 * @example
 * import type { ControlFetch } from '@as-lifecycle/msw';
 *
 * const logged: ControlFetch = (input, init) => {
 *   console.log(init.method, input);
 *   return fetch(input, init);
 * };
 */
export type ControlFetch = (input: string, init: RequestInit) => Promise<Response>;

/** How the remote controller sends, once its options are resolved. */
export interface ControlTransport {
  /** The mock's origin and any path prefix, without a trailing slash. */
  readonly base: string;
  readonly fetch: ControlFetch;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

/**
 * The control plane could not be reached or answered something that is not a control answer: the
 * connection failed, timed out, redirected, answered 5xx or a body too large. The message names the
 * URL.
 *
 * @example
 * import { MockTransportError } from '@as-lifecycle/msw';
 *
 * const unreachable = (error: unknown) => error instanceof MockTransportError;
 */
export class MockTransportError extends Error {
  override readonly name = 'MockTransportError';
  /** The control URL the request was sent to. */
  readonly url: string;
  constructor(url: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.url = url;
  }
}

/** Reads a body as text, refusing it past `max` bytes (before reading, when its length says so). */
async function boundedText(response: Response, max: number, fail: (why: string) => never) {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) fail(`its answer is ${declared} bytes, over the ${max}-byte cap`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      fail(`its answer is over the ${max}-byte cap`);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

/** The one-line message of a control refusal (`{ error: { message } }`), if the body has one. */
function messageOf(text: string): string | undefined {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } } | null)?.error?.message;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends `body` (or nothing) to `endpoint` and answers its 200 JSON. Rejects with `MockControlError`
 * (the server's message) for a 4xx, and `MockTransportError` for anything else that went wrong.
 */
export async function controlRequest<E extends ControlEndpoint>(
  transport: ControlTransport,
  endpoint: E,
  body?: ControlRequest<E>,
): Promise<ControlAnswer<E>> {
  const [method = 'GET', path = ''] = endpoint.split(' ');
  const url = `${transport.base}${path}`;
  const fail = (why: string, cause?: unknown): never => {
    throw new MockTransportError(
      url,
      `${method} ${url} failed: ${why}.`,
      cause === undefined ? {} : { cause },
    );
  };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), transport.timeoutMs);
  try {
    let response: Response;
    try {
      response = await transport.fetch(url, {
        method,
        redirect: 'manual',
        signal: abort.signal,
        ...(method === 'POST'
          ? {
              headers: { 'Content-Type': 'application/json' },
              body: body === undefined ? '' : JSON.stringify(body),
            }
          : {}),
      });
    } catch (error) {
      if (abort.signal.aborted) fail(`no answer within ${transport.timeoutMs} ms`, error);
      return fail(`could not reach as-lifecycle-mock (${(error as Error).message})`, error);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      fail(
        `it answered a redirect (${response.status}${response.headers.has('location') ? ` to ${response.headers.get('location')}` : ''}), which is never followed; give the mock's own address`,
      );
    }
    let text: string;
    try {
      text = await boundedText(response, transport.maxBodyBytes, fail);
    } catch (error) {
      if (error instanceof MockTransportError) throw error;
      if (abort.signal.aborted) fail(`no whole answer within ${transport.timeoutMs} ms`, error);
      return fail(`the answer broke off (${(error as Error).message})`, error);
    }
    if (response.status >= 400 && response.status < 500) {
      throw new MockControlError(
        messageOf(text) ?? `${method} ${url} was refused with ${response.status}.`,
      );
    }
    if (response.status !== 200) {
      fail(`it answered ${response.status}${messageOf(text) ? `: ${messageOf(text)}` : ''}`);
    }
    try {
      return JSON.parse(text) as ControlAnswer<E>;
    } catch (error) {
      return fail('its answer is not JSON; is this address an as-lifecycle-mock?', error);
    }
  } finally {
    clearTimeout(timer);
  }
}
