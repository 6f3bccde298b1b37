/**
 * Runs the suite without a test framework: every check in order against one target, each ending
 * passed, failed (with the violation and the request to paste), skipped (with the reason), or, for
 * a target judged with `decisions: 'report'`, deviation (it broke only rules of ours).
 */
import type { CheckContext, ContractCheck } from './checks/check';
import { contractChecks } from './checks/index';
import { ContractSkip, ContractUsageError, ContractViolation } from './contract-errors';
import { createJudge, type Deviation } from './judge';
import type { ContractProvider } from './provider';
import { createSender } from './sender';
import type { ContractTarget } from './target';

/**
 * What to run, against what.
 *
 * @example
 * import { type ContractOptions, runContract } from '@as-lifecycle/contract/runner';
 *
 * const options: ContractOptions = {
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   seed: 42,
 *   runs: 100,
 *   only: ['callback'],
 * };
 * const report = await runContract(options);
 */
export interface ContractOptions {
  target: ContractTarget;
  /** Sets up the states the stateful checks need; without one they are skipped with the reason. */
  provider?: ContractProvider | undefined;
  /** The fast-check seed of every generated request. Default: a new one each run, printed in reports. */
  seed?: number;
  /** Generated requests per property. Default 25. */
  runs?: number;
  /** Only the checks whose id contains one of these. */
  only?: readonly string[];
}

/**
 * How one check ended.
 *
 * @example
 * import { type CheckResult, runContract } from '@as-lifecycle/contract/runner';
 *
 * const report = await runContract({ target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' } });
 * const failed: CheckResult[] = report.results.filter((r) => r.status === 'failed');
 * for (const { id, violated, reason } of failed) console.error(id, violated, reason);
 */
export interface CheckResult {
  id: string;
  title: string;
  /**
   * `deviation`: nothing the provider documents failed, but the target broke a rule the spec marks
   * `x-as-decision` (only with the target's `decisions: 'report'`, as the live profile sets it).
   */
  status: 'passed' | 'failed' | 'skipped' | 'deviation';
  /** Why it failed (the violation and the request to paste), was skipped, or deviated. */
  reason?: string;
  /**
   * The rules of ours the target broke, each once per rule and decision (`times` says how often),
   * under `decisions: 'report'`; also on a failed check.
   */
  deviations?: (Deviation & { times: number })[];
  /** For a failure: the rule broken, a check id or a response check such as `status_code_conformance`. */
  violated?: string;
  requests: number;
  durationMs: number;
}

/**
 * A whole run.
 *
 * @example
 * import { type ContractReport, runContract } from '@as-lifecycle/contract/runner';
 *
 * const report: ContractReport = await runContract({
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   seed: 42,
 * });
 * console.log(report.requests, report.seed); // …, 42
 */
export interface ContractReport {
  seed: number;
  runs: number;
  provider: string | undefined;
  results: CheckResult[];
  requests: number;
  durationMs: number;
}

/** A seed for a run that was given none: fits fast-check's 32-bit seeds. */
export const newSeed = () => Math.floor(Math.random() * 0x7fffffff);

/** Checks the options; throws `ContractUsageError` saying what to fix. */
export function resolveOptions(options: ContractOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new ContractUsageError('Failed to start the contract suite: pass { target, provider? }.');
  }
  const { seed = newSeed(), runs = 25, only } = options;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0x7fffffff) {
    throw new ContractUsageError(
      `Failed to start the contract suite: seed ${seed} is not a whole number from 0 to 2147483647.`,
    );
  }
  if (!Number.isInteger(runs) || runs < 1 || runs > 100_000) {
    throw new ContractUsageError(
      `Failed to start the contract suite: runs ${runs} is not a whole number from 1 to 100000.`,
    );
  }
  const checks = contractChecks.filter(
    (check) => !only || only.length === 0 || only.some((part) => check.id.includes(part)),
  );
  if (checks.length === 0) {
    throw new ContractUsageError(
      `Failed to start the contract suite: no check matches ${JSON.stringify(only)}. Check ids: ${contractChecks.map((c) => c.id).join(', ')}.`,
    );
  }
  const judge = createJudge(options.target?.decisions);
  const sender = createSender(options.target, judge);
  const context: CheckContext = {
    judge,
    sender,
    provider: options.provider,
    groupId: options.target.groupId,
    seed,
    runs,
  };
  return { context, checks, seed, runs };
}

/** How to run a seed again, for failure messages. */
export const replayHint = (seed: number) =>
  `replay: seed ${seed} (defineContractSuite({ …, seed: ${seed} }) or as-lifecycle-contract --seed ${seed})`;

/** The deviations of one check, once per rule and decision, with how often each happened. */
function grouped(deviations: readonly Deviation[]): (Deviation & { times: number })[] {
  const byRule = new Map<string, Deviation & { times: number }>();
  for (const deviation of deviations) {
    const key = `${deviation.check} ${deviation.decision.pointer}`;
    const seen = byRule.get(key);
    if (seen) seen.times += 1;
    else byRule.set(key, { ...deviation, times: 1 });
  }
  return [...byRule.values()];
}

/** A deviation's one-line summary and its first occurrence. */
const deviationLine = (d: Deviation & { times: number }) =>
  `[${d.check}] deviates from our decision ${d.decision.pointer} (${d.times}×): ${d.decision.text}\n  first: ${d.message.split('\n')[0]}`;

/**
 * Runs one check: passed, failed with the violation, skipped with the reason, or (under
 * `decisions: 'report'`) deviation when it broke only rules of ours.
 *
 * @example
 * const result = await runCheck(check, context);
 */
export async function runCheck(check: ContractCheck, context: CheckContext): Promise<CheckResult> {
  const started = performance.now();
  const before = context.sender.count;
  const deviationsBefore = context.judge.deviations.length;
  const end = (status: CheckResult['status'], more: Partial<CheckResult> = {}): CheckResult => {
    const deviations = grouped(context.judge.deviations.slice(deviationsBefore));
    const deviated = status === 'passed' && deviations.length > 0;
    return {
      id: check.id,
      title: check.title,
      status: deviated ? 'deviation' : status,
      ...(deviated ? { reason: deviations.map(deviationLine).join('\n  ') } : {}),
      ...more,
      ...(deviations.length > 0 ? { deviations } : {}),
      requests: context.sender.count - before,
      durationMs: Math.round(performance.now() - started),
    };
  };
  try {
    await check.run(context);
    return end('passed');
  } catch (error) {
    if (error instanceof ContractSkip) return end('skipped', { reason: error.message });
    if (error instanceof ContractViolation) {
      return end('failed', {
        violated: error.check,
        reason: `[${error.check}] ${error.message}\n  ${replayHint(context.seed)}`,
      });
    }
    return end('failed', {
      reason: `error: ${(error as Error)?.message ?? String(error)}\n  ${replayHint(context.seed)}`,
    });
  }
}

/**
 * Runs the suite against a target and answers the report; it never throws for what the target
 * does, only for a wrong call (`ContractUsageError`).
 *
 * @example
 * import { mockServerProvider, runContract, formatReport } from '@as-lifecycle/contract/runner';
 *
 * const report = await runContract({
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   provider: mockServerProvider({ baseUrl: 'http://127.0.0.1:4010' }),
 * });
 * console.log(formatReport(report));
 */
export async function runContract(options: ContractOptions): Promise<ContractReport> {
  const { context, checks, seed, runs } = resolveOptions(options);
  const started = performance.now();
  const results: CheckResult[] = [];
  for (const check of checks) results.push(await runCheck(check, context));
  return {
    seed,
    runs,
    provider: options.provider?.name,
    results,
    requests: context.sender.count,
    durationMs: Math.round(performance.now() - started),
  };
}
