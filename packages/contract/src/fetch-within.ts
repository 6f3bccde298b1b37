/**
 * How the suite reaches a server, for the API and the mock's control calls alike: a timer that
 * bounds the whole exchange (a plain `setTimeout`, which keeps the process alive and survives
 * garbage collection, unlike `AbortSignal.timeout` on Node 20), no redirect followed, and at most
 * `maxBytes` of the body read.
 */
import { isRedirect, readTextWithin } from '@as-lifecycle/client';
import { ContractUsageError } from './contract-errors';
import { describeError } from './describe-error';

/**
 * A `fetch` the suite sends its requests through. MSW's `getResponse` fits: no answer is `undefined`.
 *
 * @example
 * import { getResponse } from 'msw';
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import type { TargetFetch } from '@as-lifecycle/contract/runner';
 *
 * const mock = createLifecycleMock({ clock: 'virtual' });
 * const fetch: TargetFetch = (request) => getResponse(mock.handlers, request);
 */
export type TargetFetch = (request: Request) => Promise<Response | undefined>;

/** The bounds of one exchange. */
export interface ExchangeLimits {
  /** For the whole exchange, body included. */
  timeoutMs: number;
  /** The longest body read. */
  maxBytes: number;
}

/**
 * The limits a caller asked for, checked, with their defaults: `timeoutMs` from 1 to 600000 (default
 * 15000), `maxResponseBytes` at least 1. Throws `ContractUsageError` saying what `what` failed.
 *
 * @example
 * const limits = exchangeLimits('start the contract suite', target, DEFAULT_MAX_RESPONSE_BYTES);
 */
export function exchangeLimits(
  what: string,
  options: { timeoutMs?: number | undefined; maxResponseBytes?: number | undefined },
  defaultMaxBytes: number,
): ExchangeLimits {
  const { timeoutMs = 15_000, maxResponseBytes: maxBytes = defaultMaxBytes } = options;
  if (!(Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 600_000)) {
    throw new ContractUsageError(
      `Failed to ${what}: timeoutMs must be a whole number of milliseconds from 1 to 600000.`,
    );
  }
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new ContractUsageError(
      `Failed to ${what}: maxResponseBytes must be a whole number of bytes of at least 1.`,
    );
  }
  return { timeoutMs, maxBytes };
}

/**
 * An exchange that could not complete, with one line that says why.
 *
 * @example
 * if (error instanceof ExchangeFailure && error.reason === 'timeout') console.error(error.message);
 */
export class ExchangeFailure extends Error {
  override readonly name = 'ExchangeFailure';
  readonly reason: 'timeout' | 'network' | 'too-large';

  constructor(reason: ExchangeFailure['reason'], message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * Sends a request and reads its answer within the limits. A redirect is answered as it came, its
 * body unread, never followed, and flagged (`redirect`) for the caller to report. Throws
 * `ExchangeFailure`.
 *
 * @example
 * const answer = await fetchWithin(fetch, url, { method: 'GET' }, { timeoutMs: 15_000, maxBytes: 4 << 20 });
 */
export async function fetchWithin(
  fetch: TargetFetch,
  url: string,
  init: RequestInit,
  { timeoutMs, maxBytes }: ExchangeLimits,
): Promise<{ response: Response; text: string; redirect: boolean } | undefined> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const failure = new ExchangeFailure('timeout', `no response within ${timeoutMs} ms`);
      controller.abort(failure);
      reject(failure);
    }, timeoutMs);
  });
  timedOut.catch(() => undefined);
  try {
    const request = new Request(url, { ...init, signal: controller.signal, redirect: 'manual' });
    const response = await Promise.race([fetch(request), timedOut]);
    if (response === undefined) return undefined;
    if (isRedirect(response, url)) {
      response.body?.cancel().catch(() => undefined);
      return { response, text: '', redirect: true };
    }
    const text = await Promise.race([
      readTextWithin(response, maxBytes, controller.signal),
      timedOut,
    ]);
    if (text === undefined) {
      throw new ExchangeFailure(
        'too-large',
        `the ${response.status} response body is larger than ${maxBytes} bytes; the suite stopped reading it`,
      );
    }
    return { response, text, redirect: false };
  } catch (error) {
    if (error instanceof ExchangeFailure) throw error;
    if (controller.signal.reason instanceof ExchangeFailure) throw controller.signal.reason;
    throw new ExchangeFailure(
      'network',
      `the request failed at the network level (${describeError(error)})`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A redirect described in one line, for a report.
 *
 * @example
 * redirectLine(response); // 'answered 307 redirecting to http://localhost:9/x'
 */
export function redirectLine(response: Response): string {
  const location = response.headers.get('Location') ?? response.url;
  const status = response.status === 0 ? 'a redirect' : String(response.status);
  return `answered ${status}${location ? ` redirecting to ${location.slice(0, 200)}` : ''}, and redirects are never followed (credentials would go to another host)`;
}
