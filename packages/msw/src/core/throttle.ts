/**
 * The API gateway's rate limit: past `perSecond` calls within one second of the mock's clock
 * (virtual or real), a call gets 429 APIG.0308 in the gateway's flat body. A fixed one-second window
 * counter, so memory stays constant whatever the rate.
 */

/**
 * How many calls per second the gateway lets through.
 *
 * @example
 * import type { ThrottleLimit } from '@as-lifecycle/msw';
 *
 * const limit: ThrottleLimit = { perSecond: 5 };
 */
export interface ThrottleLimit {
  /** Calls admitted per second of the mock's clock, a whole number from 0 (refuse all) to 1,000,000. */
  perSecond: number;
}

/** The highest rate a throttle may allow. */
export const MAX_PER_SECOND = 1_000_000;

/** Throws a TypeError saying how to fix a limit that cannot be set. */
export function checkThrottleLimit(limit: ThrottleLimit | null): void {
  if (limit === null) return;
  const perSecond = (limit as Partial<ThrottleLimit> | undefined)?.perSecond;
  if (
    !Number.isInteger(perSecond) ||
    (perSecond as number) < 0 ||
    (perSecond as number) > MAX_PER_SECOND
  ) {
    throw new TypeError(
      `Failed to throttle: perSecond must be a whole number from 0 to ${MAX_PER_SECOND}, not ${String(perSecond)}. Pass null to lift the limit.`,
    );
  }
}

export class Throttle {
  #limit: number | undefined;
  /** The second (ms since the epoch / 1000, floored) being counted, and the calls admitted in it. */
  #window = Number.NaN;
  #admitted = 0;

  /** Sets the limit (`null` lifts it); the count starts again. */
  set(limit: ThrottleLimit | null): void {
    checkThrottleLimit(limit);
    this.#limit = limit === null ? undefined : limit.perSecond;
    this.#window = Number.NaN;
    this.#admitted = 0;
  }

  /** The limit, or undefined when there is none. */
  get limit(): number | undefined {
    return this.#limit;
  }

  /** Counts a call at `nowMs`; true when it is over the limit (and is not counted). */
  refuses(nowMs: number): boolean {
    if (this.#limit === undefined) return false;
    const window = Math.floor(nowMs / 1000);
    if (window !== this.#window) {
      this.#window = window;
      this.#admitted = 0;
    }
    if (this.#admitted >= this.#limit) return true;
    this.#admitted += 1;
    return false;
  }

  clear(): void {
    this.set(null);
  }
}
