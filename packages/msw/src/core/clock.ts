/**
 * The mock's sense of time: the real clock by default, or a virtual one the test drives. Hook
 * timeouts, `create_time` and the hanging records' `timeout` all read it.
 */
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

/** The last instant a `Date` holds: 8.64e15 ms after the epoch. */
const MAX_INSTANT = 8.64e15;

const toMs = (instant: Date | string | number) =>
  instant instanceof Date
    ? instant.getTime()
    : typeof instant === 'number'
      ? instant
      : Date.parse(instant);

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
  let current = toMs(options.start ?? Date.now());
  if (Number.isNaN(current)) {
    throw new ClockError(
      `Failed to start the clock: ${String(options.start)} is not a date. Pass an ISO instant.`,
    );
  }
  // Whole seconds: the API's instants have no fractions, and EXTEND adds exactly 3600 s.
  current = Math.floor(current / 1000) * 1000;
  return {
    virtual: true,
    now: () => current,
    advance(seconds) {
      // Whole seconds, so that every instant shown (timeouts, create_time) is exactly the one used.
      const next = current + Math.floor(seconds) * 1000;
      if (!Number.isFinite(seconds) || seconds < 0 || next > MAX_INSTANT) {
        throw new ClockError(
          `Failed to advance the clock: ${seconds} is not a number of seconds >= 0 that keeps it before year 275760.`,
        );
      }
      current = next;
    },
    set(instant) {
      const next = Math.floor(toMs(instant) / 1000) * 1000;
      if (next > MAX_INSTANT) {
        throw new ClockError(
          `Failed to set the clock: ${String(instant)} is past the last instant a Date holds.`,
        );
      }
      if (Number.isNaN(next))
        throw new ClockError(
          `Failed to set the clock: ${String(instant)} is not a date. Pass an ISO instant.`,
        );
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
