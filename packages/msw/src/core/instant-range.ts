/**
 * The instants the mock can show. The API writes each as `YYYY-MM-DDThh:mm:ssZ`, a four-digit year,
 * so the clock, every timeout and every EXTEND stay between the first and last such instant: past
 * them an answer would break the spec's pattern, or `toISOString` would throw mid-operation.
 */
import { lifecycleLimits } from '@as-lifecycle/types';
import { createHookBounds } from '../generated/request-rules';

/** What each EXTEND adds: the spec's `x-as-extend-seconds` (one hour). */
export const EXTEND_MS = lifecycleLimits.extendSeconds * 1000;

/** The first instant the API can write: `0000-01-01T00:00:00Z`. */
export const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00Z');

/** The last instant the API can write: `9999-12-31T23:59:59Z`. */
export const LAST_INSTANT = Date.parse('9999-12-31T23:59:59Z');

/**
 * The latest instant a clock may show: a hook's longest timeout (the spec's `default_timeout`
 * maximum) from then, extended once, is still writable. Each later EXTEND is checked on its own.
 */
export const LATEST_CLOCK =
  LAST_INSTANT - createHookBounds.default_timeout.maximum * 1000 - EXTEND_MS;

/** Whether a timeout can move one more hour and still be written. */
export const canExtend = (timeoutAt: number) => timeoutAt + EXTEND_MS <= LAST_INSTANT;
