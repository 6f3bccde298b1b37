/**
 * How a run judges a rule that is this project's decision (`x-as-decision` in the spec), not the
 * provider's: as any other rule (`enforce`, the default, for the mock and our own implementations),
 * or as a deviation that is reported but fails nothing (`report`, the live profile's: a real service
 * is judged only on what the provider documents).
 */
import { ContractUsageError, ContractViolation } from './contract-errors';
import type { Decision } from './spec/decisions';

/**
 * `enforce`: a broken decision fails the check. `report`: it is recorded as a deviation and the
 * check goes on; the check ends `deviation` when nothing documented failed.
 *
 * @example
 * import type { DecisionMode } from '@as-lifecycle/contract/runner';
 *
 * const mode: DecisionMode = process.env.AS_CONTRACT_LIVE ? 'report' : 'enforce';
 * console.log(mode);
 */
export type DecisionMode = 'enforce' | 'report';

/**
 * A rule of ours a target did not follow: which check saw it, the decision, what happened.
 *
 * @example
 * import { type Deviation, runContract } from '@as-lifecycle/contract/runner';
 *
 * const report = await runContract({
 *   target: { baseUrl: 'https://as.cn-north-4.myhuaweicloud.com', projectId: 'p', decisions: 'report' },
 * });
 * const deviations: Deviation[] = report.results.flatMap((r) => r.deviations ?? []);
 * for (const d of deviations) console.log(d.check, d.decision.pointer, d.decision.text);
 */
export interface Deviation {
  /** The rule broken: a check id, or a response check such as `response_headers_conformance`. */
  check: string;
  decision: Decision;
  /** What the target did, with the request to paste. */
  message: string;
}

/**
 * Where a run's broken rules go: thrown as violations, or kept as deviations.
 *
 * @example
 * import type { CheckContext } from '@as-lifecycle/contract/runner';
 *
 * const deviationsSoFar = ({ judge }: CheckContext) =>
 *   judge.mode === 'report' ? judge.deviations.length : 0;
 */
export interface Judge {
  readonly mode: DecisionMode;
  /** Every deviation of the run so far, in order. */
  readonly deviations: Deviation[];
  /** Throws the violation, unless it rests on a decision and the mode is `report`: then keeps it. */
  breach(violation: ContractViolation): void;
}

/**
 * A judge for a run; throws `ContractUsageError` for a mode that is neither.
 *
 * @example
 * const judge = createJudge('report');
 * judge.breach(violation); // kept when violation.decision is set, thrown otherwise
 */
export function createJudge(mode: unknown = 'enforce'): Judge {
  if (mode !== 'enforce' && mode !== 'report') {
    throw new ContractUsageError(
      `Failed to start the contract suite: decisions ${JSON.stringify(mode)} is neither "enforce" nor "report". Pass "report" for a real service, "enforce" (the default) otherwise.`,
    );
  }
  const deviations: Deviation[] = [];
  return {
    mode,
    deviations,
    breach(violation) {
      if (mode === 'report' && violation.decision) {
        deviations.push({
          check: violation.check,
          decision: violation.decision,
          message: violation.message,
        });
        return;
      }
      throw violation;
    },
  };
}

/**
 * Runs an expectation under a judge: a violation it throws that rests on a decision becomes a
 * deviation in `report` mode.
 *
 * @example
 * judged(context.judge, () => expectError(id, exchange, [code], what, decision));
 */
export function judged(judge: Judge, expectation: () => void): void {
  try {
    expectation();
  } catch (error) {
    if (error instanceof ContractViolation) judge.breach(error);
    else throw error;
  }
}
