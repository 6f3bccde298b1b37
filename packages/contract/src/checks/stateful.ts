/**
 * The sequences that need a provider, in the order they run (each seeds its own state first): the
 * hook checks (`hook-checks.ts`) and the callback checks (`callback-checks.ts`).
 */
import {
  callbackSequence,
  callbackTarget,
  defaultAtTimeout,
  parallelCallbacks,
} from './callback-checks';
import type { ContractCheck } from './check';
import { duplicateName, hookLifecycle, hookLimit, scalingBusy } from './hook-checks';

/** The checks that need a provider. */
export const statefulChecks: ContractCheck[] = [
  hookLifecycle,
  callbackSequence,
  callbackTarget,
  defaultAtTimeout,
  parallelCallbacks,
  hookLimit,
  duplicateName,
  scalingBusy,
];
