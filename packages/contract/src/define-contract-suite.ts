/** The suite as vitest tests: one `describe` per target, one test per check. */
import { describe, test } from 'vitest';
import { contractChecks } from './checks/index';
import { ContractUsageError } from './contract-errors';
import { type ContractOptions, resolveOptions, runCheck } from './run-contract';

/**
 * The options of `defineContractSuite`: `runContract`'s, and a name for the `describe`.
 *
 * @example
 * import { type ContractSuiteOptions, defineContractSuite, mockServerProvider } from '@as-lifecycle/contract';
 *
 * const options: ContractSuiteOptions = {
 *   name: 'as-lifecycle-mock',
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   provider: mockServerProvider({ baseUrl: 'http://127.0.0.1:4010' }),
 *   seed: 42,
 *   checkTimeoutMs: 600_000,
 * };
 * defineContractSuite(options);
 */
export interface ContractSuiteOptions extends ContractOptions {
  /** Default: `contract: <baseUrl> (<provider>, seed N)`. */
  name?: string;
  /**
   * How long one check may take, as a vitest test timeout. Default 300 000 ms: a check sends up to
   * a few hundred requests, each bounded by the target's `timeoutMs`.
   */
  checkTimeoutMs?: number;
}

const seedFromEnv = () => {
  const value = typeof process === 'undefined' ? undefined : process.env.CONTRACT_SEED;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 0x7fffffff) {
    throw new ContractUsageError(
      `Failed to start the contract suite: CONTRACT_SEED=${JSON.stringify(value)} is not a whole number from 0 to 2147483647.`,
    );
  }
  return Number(value);
};

/**
 * Registers the contract suite as vitest tests: each check a test, skipped checks reported as
 * skipped with the reason, failures with the violation, the request to paste and the seed. Under
 * the target's `decisions: 'report'` (the live profile), a check that ends `deviation` passes and
 * writes its deviations to the console.
 * `CONTRACT_SEED` in the environment overrides `seed`, to replay a failure without editing a file.
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { defineContractSuite, mockProvider } from '@as-lifecycle/contract';
 *
 * const mock = createLifecycleMock({ clock: 'virtual' });
 * defineContractSuite({
 *   target: { baseUrl: 'https://as.example', projectId: 'p', fetch: (request) => mock.fetch(request) },
 *   provider: mockProvider(mock),
 *   seed: 42,
 * });
 */
export function defineContractSuite(options: ContractSuiteOptions): void {
  const seed = seedFromEnv() ?? options.seed;
  const { context, checks } = resolveOptions({
    ...options,
    ...(seed === undefined ? {} : { seed }),
  });
  const name =
    options.name ??
    `contract: ${options.target.baseUrl} (${options.provider?.name ?? 'no provider'}, seed ${context.seed})`;
  const timeout = options.checkTimeoutMs ?? 300_000;
  // In order, one at a time, whatever the project's config: each check replaces the provider's
  // state, so two at once would undo each other.
  describe.sequential(name, () => {
    for (const check of checks) {
      test(
        check.id,
        async ({ skip }) => {
          const result = await runCheck(check, context);
          if (result.status === 'skipped') skip(result.reason);
          if (result.status === 'failed') throw new Error(result.reason);
          // Rules of ours the target did not follow (decisions: 'report'): shown, not failing.
          if (result.status === 'deviation') console.warn(`${check.id}: ${result.reason}`);
        },
        timeout,
      );
    }
  });
}

/**
 * The ids of every check, for `only`.
 *
 * @example
 * import { contractCheckIds, defineContractSuite } from '@as-lifecycle/contract';
 *
 * defineContractSuite({
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   only: contractCheckIds.filter((id) => id.startsWith('negative_data_rejection')),
 * });
 */
export const contractCheckIds: readonly string[] = contractChecks.map((check) => check.id);
