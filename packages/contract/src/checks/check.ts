/**
 * What a check is, what it is given, and the harness its property-based runs share: fast-check,
 * seeded, failures reported with the seed and the request to paste.
 */
import fc from 'fast-check';
import { ContractSkip, ContractViolation } from '../contract-errors';
import type { ContractProvider } from '../provider';
import type { Sender } from '../target';

/** What a check is given. */
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
}

/** One check of the suite. */
export interface ContractCheck {
  /** Stable, unique: `negative_data_rejection createLifecycleHook`. */
  id: string;
  /** What it asserts, in a sentence. */
  title: string;
  /** `stateless` checks need only a target; `stateful` ones a provider. */
  kind: 'stateless' | 'stateful';
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
 * Runs a property over generated values with the run's seed. A failing value is shrunk, and the
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
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed: context.seed,
    numRuns: context.runs,
    // A broken target can answer every shrunk value wrongly: bound the requests spent shrinking.
    endOnFailure: false,
    maxSkipsPerRun: 100,
  });
  if (!details.failed) return;
  const error = details.errorInstance;
  if (error instanceof ContractSkip) throw error;
  const replay = `seed ${details.seed}, path "${details.counterexamplePath}" (after ${details.numRuns} runs, shrunk ${details.numShrinks} times)`;
  if (error instanceof ContractViolation) {
    throw new ContractViolation(error.check, `${error.message}\n  ${replay}`, error.exchange);
  }
  throw new Error(`${(error as Error)?.message ?? String(error)}\n  ${replay}`, { cause: error });
}

/** A value fast-check draws from an arbitrary with the run's seed: the same every run of a seed. */
export function sample<T>(context: CheckContext, arbitrary: fc.Arbitrary<T>, salt = 0): T {
  return fc.sample(arbitrary, { seed: context.seed + salt, numRuns: 1 })[0] as T;
}
