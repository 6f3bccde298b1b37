/** Every check of the suite, in the order they run. */
import type { ContractCheck } from './check';
import { positiveChecks } from './positive';
import { statefulChecks } from './stateful';
import { statelessChecks } from './stateless';

/**
 * The checks, stateless first.
 *
 * @example
 * for (const check of contractChecks) console.log(check.id, check.title);
 */
export const contractChecks: readonly ContractCheck[] = [
  ...statelessChecks,
  ...positiveChecks,
  ...statefulChecks,
];
