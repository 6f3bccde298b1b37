import type { OperationId } from '@as-lifecycle/types';
import type { Outcome } from './classify';
import { AbortError, type AutoScalingError } from './errors';
import { sendWithTimeout, TIMEOUT } from './send-with-timeout';
import { CREATE, misuse } from './usage-error';

/**
 * When and how long to retry. Reads (GET) retry on network errors, timeouts, 429 and 5xx; writes
 * never do unless `writes: true`, because a repeated `EXTEND` adds a second hour and a repeated
 * `CONTINUE` fails with AS.7042 once the first one landed. A 429 (the API gateway's throttle,
 * `APIG.0308`) is retried for reads only, never for writes, `writes: true` included: the gateway
 * refused before the service ran, so the write certainly did not happen and the caller, who set
 * the pace, decides when to send it again (after `Retry-After`, on `response.headers`) rather than
 * the client spending more of the same quota on it (decision 022).
 *
 * @example
 * const { credentials, projectId } = configFromEnv(process.env);
 * const client = createAutoScalingClient({
 *   region: 'cn-north-4',
 *   projectId: projectId ?? 'my-project',
 *   credentials,
 *   retry: { attempts: 5, maxDelayMs: 10_000 },
 * });
 */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retries off. */
  attempts?: number;
  /** The first backoff, doubled on each retry, with full jitter. Default 200 ms. */
  baseDelayMs?: number;
  /** No single wait is longer, `Retry-After` included; a longer `Retry-After` ends the retries. Default 5000 ms. */
  maxDelayMs?: number;
  /**
   * Also retry writes (create, update, delete, callback) on network errors, timeouts and 5xx.
   * Default false: see above. Never on 429, which is returned at once.
   */
  writes?: boolean;
}

/** The retry options with their defaults applied and checked. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  writes: boolean;
}

/** Checks retry options and applies their defaults; `false` means one attempt. */
export function toRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return toRetryPolicy({ attempts: 1 });
  const attempts = options?.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw misuse(
      CREATE,
      `retry.attempts is ${attempts}`,
      'Pass a whole number of at least 1 (1 turns retries off)',
    );
  }
  const delay = (name: 'baseDelayMs' | 'maxDelayMs', fallback: number) => {
    const value = options?.[name] ?? fallback;
    if (!Number.isFinite(value) || value < 0 || value > 2_147_483_647) {
      throw misuse(CREATE, `retry.${name} is ${value}`, 'Pass milliseconds from 0 to 2147483647');
    }
    return value;
  };
  return {
    attempts,
    baseDelayMs: delay('baseDelayMs', 200),
    maxDelayMs: delay('maxDelayMs', 5000),
    writes: options?.writes ?? false,
  };
}

/** A status worth retrying: too many requests, or a server error that may pass. */
export const isRetryableStatus = (status: number) =>
  status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

/**
 * Whether a failure may pass on its own: no answer (a network error, a timeout), or a status worth
 * retrying. A redirect, an oversized or unreadable answer, an abort, or any other status is final.
 */
export const isTransient = (error: AutoScalingError) =>
  error.kind === 'network' ||
  error.kind === 'timeout' ||
  (error.kind === 'api' && isRetryableStatus(error.status));

/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined. */
export function retryAfterMs(response: Response | undefined, now = Date.now()): number | undefined {
  const value = response?.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to stop: exponential backoff with
 * full jitter, and never less than `Retry-After`.
 */
export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  response: Response | undefined,
  random: () => number = Math.random,
): number | undefined {
  const jittered = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const floor = retryAfterMs(response);
  if (floor === undefined) return jittered;
  return floor > policy.maxDelayMs ? undefined : Math.max(floor, jittered);
}

/** Waits, unless the signal aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  // A wait is a deadline with nothing to send: its timeout is the end of the wait.
  return sendWithTimeout(ms, signal, () => new Promise<never>(() => undefined)).catch((reason) => {
    if (reason !== TIMEOUT) throw reason;
  });
}

/**
 * Whether a failed call of `method` may be sent again under `policy`: a transient failure of a read;
 * of a write only with `writes: true`, and never a 429 (a throttled write is the caller's to pace).
 *
 * @example
 * mayRetry(toRetryPolicy({ writes: true }), 'PUT', error); // false when error.status is 429
 */
export const mayRetry = (policy: RetryPolicy, method: string, error: AutoScalingError) =>
  isTransient(error) &&
  (method === 'GET' || (policy.writes && !(error.kind === 'api' && error.status === 429)));

/**
 * The retry step: runs `attempt` again while `mayRetry` says the failure may be repeated and
 * attempts remain, waiting `backoffMs` before each; a caller's abort during a wait ends the call
 * with an `AbortError`.
 */
export async function retrying(
  policy: RetryPolicy,
  method: string,
  id: OperationId,
  signal: AbortSignal | undefined,
  attempt: () => Promise<Outcome>,
): Promise<Outcome> {
  for (let n = 1; ; n++) {
    const outcome = await attempt();
    const { error, response } = outcome;
    const wait =
      error && mayRetry(policy, method, error) && n < policy.attempts
        ? backoffMs(policy, n, response)
        : undefined;
    if (wait === undefined) return outcome;
    try {
      await sleep(wait, signal);
    } catch (reason) {
      return { error: new AbortError(id, reason), response };
    }
  }
}
