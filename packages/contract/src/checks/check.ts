/**
 * What a check is, what it is given, and the harness its property-based runs share: fast-check,
 * seeded, failures reported with the seed and the request to paste.
 */
import fc from 'fast-check';
import { ContractSkip, ContractViolation } from '../contract-errors';
import type { Sender } from '../exchange';
import type { Judge } from '../judge';
import type { ContractProvider } from '../provider';

/**
 * What a check is given.
 *
 * @example
 * import type { CheckContext } from '@as-lifecycle/contract/runner';
 *
 * async function run(context: CheckContext) {
 *   const group = context.groupId ?? 'g';
 *   await context.sender.send({ operationId: 'showLifecycleHook', method: 'GET', path: `/scaling_lifecycle_hook/${group}/launch` });
 * }
 */
export interface CheckContext {
  sender: Sender;
  /** Undefined for a target without a provider. */
  provider: ContractProvider | undefined;
  /** A group that exists, given with the target (for read-only checks without a provider). */
  groupId: string | undefined;
  /** The fast-check seed of every property in the run. */
  seed: number;
  /** Generated requests per property. */
  runs: number;
  /** How a broken rule of ours (`x-as-decision`) counts: a failure, or a deviation (the live profile). */
  judge: Judge;
}

/**
 * One check of the suite.
 *
 * @example
 * const ids = contractChecks.map((check: ContractCheck) => check.id);
 */
export interface ContractCheck {
  /** Stable, unique: `negative_data_rejection createLifecycleHook`. */
  id: string;
  /** What it asserts, in a sentence. */
  title: string;
  /** Runs the check: resolves when it passed; throws `ContractViolation`, or `ContractSkip` with the reason. */
  run(context: CheckContext): Promise<void>;
}

/** The provider, or a skip saying the check needs one. */
export function needProvider(context: CheckContext, what: string): ContractProvider {
  if (!context.provider) {
    throw new ContractSkip(
      `needs a provider to ${what}; pass one (mockProvider, mockServerProvider, or --control mock)`,
    );
  }
  return context.provider;
}

/**
 * Requests a property may spend shrinking a failure (most shrink candidates pass, and each costs a
 * request); none when the target did not answer, where each attempt would wait for the timeout.
 */
const shrinkBudget = 200;

/**
 * Runs a property over generated values with the run's seed. A failing value is shrunk (within a
 * budget of requests: a target that times out would otherwise cost minutes per shrink), and the
 * failure rethrown as the violation it caused, with the seed and path that replay it.
 *
 * @example
 * await property(context, validBody('createLifecycleHook'), async (body) => { … });
 */
export async function property<T>(
  context: CheckContext,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
): Promise<void> {
  let budget: number | undefined;
  const bounded = async (value: T) => {
    if (budget !== undefined) {
      // Out of budget: report the smallest failure found so far by passing the rest.
      if (budget <= 0) return;
      budget -= 1;
    }
    try {
      await predicate(value);
    } catch (error) {
      const unanswered =
        error instanceof ContractSkip ||
        (error instanceof ContractViolation && error.exchange?.response.status === 0);
      budget ??= unanswered ? 0 : shrinkBudget;
      throw error;
    }
  };
  const details = await fc.check(fc.asyncProperty(arbitrary, bounded), {
    seed: context.seed,
    numRuns: context.runs,
  });
  if (!details.failed) return;
  const error = details.errorInstance;
  if (error instanceof ContractSkip) throw error;
  const replay = `seed ${details.seed}, path "${details.counterexamplePath}" (after ${details.numRuns} runs, shrunk ${details.numShrinks} times)`;
  if (error instanceof ContractViolation) {
    throw new ContractViolation(
      error.check,
      `${error.message}\n  ${replay}`,
      error.exchange,
      error.decision,
    );
  }
  throw new Error(`${(error as Error)?.message ?? String(error)}\n  ${replay}`, { cause: error });
}

/** A value fast-check draws from an arbitrary with the run's seed: the same every run of a seed. */
export function sample<T>(context: CheckContext, arbitrary: fc.Arbitrary<T>, salt = 0): T {
  return fc.sample(arbitrary, { seed: context.seed + salt, numRuns: 1 })[0] as T;
}
