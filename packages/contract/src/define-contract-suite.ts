/** The suite as vitest tests: one `describe` per target, one test per check. */
import { describe, test } from 'vitest';
import { contractChecks } from './checks/index';
import { type ContractOptions, resolveOptions, runCheck } from './run-contract';

/** The options of `defineContractSuite`: `runContract`'s, and a name for the `describe`. */
export interface ContractSuiteOptions extends ContractOptions {
  /** Default: `contract: <baseUrl> (<provider>)`. */
  name?: string;
}

const seedFromEnv = () => {
  const value = typeof process === 'undefined' ? undefined : process.env.CONTRACT_SEED;
  return value === undefined || value === '' ? undefined : Number(value);
};

/**
 * Registers the contract suite as vitest tests: each check a test, skipped checks reported as
 * skipped with the reason, failures with the violation, the request to paste and the seed.
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
  describe(name, () => {
    for (const check of checks) {
      test(check.id, async ({ skip }) => {
        const result = await runCheck(check, context);
        if (result.status === 'skipped') skip(result.reason);
        if (result.status === 'failed') throw new Error(result.reason);
      });
    }
  });
}

/** The ids of every check, for `only`. */
export const contractCheckIds: readonly string[] = contractChecks.map((check) => check.id);
