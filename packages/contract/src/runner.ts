/**
 * The contract suite without a test framework: run it, read the report, print it. What the
 * `as-lifecycle-contract` CLI uses; import it where vitest is not installed.
 *
 * @example
 * import { formatReport, mockServerProvider, runContract } from '@as-lifecycle/contract/runner';
 *
 * const report = await runContract({
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   provider: mockServerProvider({ baseUrl: 'http://127.0.0.1:4010' }),
 *   seed: 42,
 * });
 * console.log(formatReport(report));
 */

// Running.
export type { CheckContext, ContractCheck } from './checks/check';
export { contractChecks } from './checks/index';
export { ContractSkip, ContractUsageError, ContractViolation } from './contract-errors';
// Targets.
export type { Exchange, ReadResponse, SentRequest } from './exchange';
export { formatReport } from './format-report';
export type { DecisionMode, Deviation, Judge } from './judge';
export type { LiveProfile } from './live-target';
export { liveProfile } from './live-target';
// Providers.
export type {
  ContractProvider,
  ContractScenario,
  ProviderInstance,
  ScenarioHook,
} from './provider';
export type { InProcessMock } from './providers/mock-provider';
export { mockProvider } from './providers/mock-provider';
export type { MockServerProviderOptions } from './providers/mock-server-provider';
export { MockServerControlError, mockServerProvider } from './providers/mock-server-provider';
export { reproduction } from './reproduction';
export type { CheckResult, ContractOptions, ContractReport } from './run-contract';
export { runContract } from './run-contract';
// The response checks, for a team's own tests.
export type { ResponseCheck, ResponseProblem, ResponseToCheck } from './spec/check-response';
export { checkResponse, responseChecks } from './spec/check-response';
export type { Decision } from './spec/decisions';
export type { ContractTarget, TargetFetch } from './target';
