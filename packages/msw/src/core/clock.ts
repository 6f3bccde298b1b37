/**
 * The mock's sense of time: the real clock by default, or a virtual one the test drives. Hook
 * timeouts, `create_time` and the hanging records' `timeout` all read it.
 */
import { FIRST_INSTANT, LATEST_CLOCK } from './instant-range';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Whether `advance`/`set` may move it. */
  readonly virtual: boolean;
  /** Moves a virtual clock forward; throws on the real one. */
  advance(seconds: number): void;
  /** Sets a virtual clock; it may go forward only. */
  set(instant: Date | string | number): void;
}

/** Thrown when a clock is driven wrongly; the message says how to fix it. */
export class ClockError extends Error {
  override readonly name = 'ClockError';
}

/** Why an instant is refused, or undefined when a clock may show it. */
function outOfRange(ms: number): string | undefined {
  if (Number.isNaN(ms)) return 'is not a date. Pass an ISO instant';
  if (ms < FIRST_INSTANT || ms > LATEST_CLOCK) {
    return `is outside the clock's range, ${formatInstant(FIRST_INSTANT)} to ${formatInstant(LATEST_CLOCK)} (later, a hook's timeout could no longer be written as YYYY-MM-DDThh:mm:ssZ)`;
  }
  return undefined;
}

const toMs = (instant: unknown): number =>
  instant instanceof Date
    ? instant.getTime()
    : typeof instant === 'number'
      ? instant
      : typeof instant === 'string'
        ? Date.parse(instant)
        : Number.NaN;

/**
 * A clock: `{ virtual: true, start? }` for one the test controls, anything else for real time.
 *
 * @example
 * const clock = createClock({ virtual: true, start: '2026-01-01T00:00:00Z' });
 * clock.advance(3600);
 * new Date(clock.now()).toISOString(); // '2026-01-01T01:00:00.000Z'
 */
export function createClock(
  options: { virtual?: boolean; start?: Date | string | number } = {},
): Clock {
  if (!options.virtual) {
    return {
      virtual: false,
      now: () => Math.floor(Date.now() / 1000) * 1000,
      advance: () => {
        throw new ClockError(
          'Failed to advance the clock: it is the real one. Create the mock with { clock: "virtual" }.',
        );
      },
      set: () => {
        throw new ClockError(
          'Failed to set the clock: it is the real one. Create the mock with { clock: "virtual" }.',
        );
      },
    };
  }
  // Whole seconds: the API's instants have no fractions, and EXTEND adds exactly 3600 s.
  let current = Math.floor(toMs(options.start ?? Date.now()) / 1000) * 1000;
  const refused = outOfRange(current);
  if (refused)
    throw new ClockError(`Failed to start the clock: ${String(options.start)} ${refused}.`);
  return {
    virtual: true,
    now: () => current,
    advance(seconds) {
      // Whole seconds, so that every instant shown (timeouts, create_time) is exactly the one used.
      const next = current + Math.floor(seconds) * 1000;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        throw new ClockError(
          `Failed to advance the clock: ${String(seconds)} is not a number of seconds >= 0.`,
        );
      }
      if (next > LATEST_CLOCK) {
        throw new ClockError(
          `Failed to advance the clock: ${seconds} s would take it past ${formatInstant(LATEST_CLOCK)}, the latest it may show (later, a hook's timeout could no longer be written as YYYY-MM-DDThh:mm:ssZ).`,
        );
      }
      current = next;
    },
    set(instant) {
      const next = Math.floor(toMs(instant) / 1000) * 1000;
      const refused = outOfRange(next);
      if (refused) throw new ClockError(`Failed to set the clock: ${String(instant)} ${refused}.`);
      if (next < current) {
        throw new ClockError(
          'Failed to set the clock: it cannot go back, or timeouts already applied would be undone. Reset the mock first.',
        );
      }
      current = next;
    },
  };
}

/** An instant as the API writes it: `YYYY-MM-DDThh:mm:ssZ`. */
export const formatInstant = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
