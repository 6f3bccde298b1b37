import { misuse } from './usage-error';

/**
 * Any `fetch` with the standard signature: `globalThis.fetch`, a stub, a proxy's, MSW-backed.
 *
 * @example
 * const fetch: FetchLike = (input, init) => globalThis.fetch(input, init);
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The abort reason of a timeout, told apart from any reason of the caller's. */
export const TIMEOUT = Symbol('timeout');

/** The longest timer a JavaScript runtime keeps: 2^31 - 1 ms, about 24.8 days. */
export const MAX_TIMER_MS = 2_147_483_647;

/** A timeout in milliseconds, checked: from 1 to `MAX_TIMER_MS`. */
export function checkTimeout(timeoutMs: number): number {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMER_MS) {
    throw misuse(
      'set the timeout',
      `timeoutMs is ${timeoutMs}`,
      `Pass a number of milliseconds from 1 to ${MAX_TIMER_MS}`,
    );
  }
  return timeoutMs;
}

/**
 * Runs `exchange` (the fetch and the read of its answer) with a signal that aborts when `timeoutMs`
 * passes (with `TIMEOUT`) or when `caller` aborts (with its reason); the promise rejects with that
 * reason at once, even when a `fetch` ignores its signal. One controller and one timer per
 * attempt, released when it settles.
 */
export function sendWithTimeout<T>(
  timeoutMs: number,
  caller: AbortSignal | undefined,
  exchange: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const controller = new AbortController();
    const settle = (value: unknown, ok?: boolean) => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', stop);
      ok ? resolve(value as T) : reject(value);
    };
    // Called by the timer with TIMEOUT, or as the caller's abort listener with its event.
    function stop(reason: unknown) {
      const why = reason === TIMEOUT ? reason : caller?.reason;
      controller.abort(why);
      settle(why);
    }
    const timer = setTimeout(stop, timeoutMs, TIMEOUT);
    caller?.addEventListener('abort', stop, { once: true });
    exchange(controller.signal).then((value) => settle(value, true), settle);
  });
}
