/**
 * One contract suite, derived from the spec, for any implementation of the Huawei Cloud Auto
 * Scaling lifecycle-hook API: as vitest tests (`defineContractSuite`), or run by hand
 * (`runContract`, also in `@as-lifecycle/contract/runner` without vitest).
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { defineContractSuite, mockProvider } from '@as-lifecycle/contract';
 *
 * const mock = createLifecycleMock({ clock: 'virtual' });
 * defineContractSuite({
 *   target: { baseUrl: 'https://as.example', projectId: 'p', fetch: (request) => mock.fetch(request) },
 *   provider: mockProvider(mock),
 * });
 */

export type { ContractSuiteOptions } from './define-contract-suite';
export { contractCheckIds, defineContractSuite } from './define-contract-suite';
export * from './runner';
