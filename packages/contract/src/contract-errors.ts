/**
 * What a check ends with besides passing: a violation of the contract (the implementation is
 * wrong), a skip (this target or provider cannot set up what the check needs), or misuse of the
 * suite itself (a thrown error that says how to fix the call).
 */
import type { Exchange } from './exchange';
import { reproduction } from './reproduction';
import type { Decision } from './spec/decisions';

/**
 * The implementation broke the contract. `check` names the rule broken: a check's id, or the
 * response check (`status_code_conformance`, …) a response failed; `exchange` is the request and
 * response that showed it; `decision`, when the rule broken is one of this project's choices
 * (`x-as-decision` in the spec) rather than the provider's.
 *
 * @example
 * import { type CheckContext, type ContractCheck, ContractSkip, ContractViolation } from '@as-lifecycle/contract/runner';
 *
 * // How a check ends, as `runContract` tells it:
 * async function outcome(check: ContractCheck, context: CheckContext): Promise<string> {
 *   try {
 *     await check.run(context);
 *     return 'passed';
 *   } catch (error) {
 *     if (error instanceof ContractViolation) return `failed [${error.check}] ${error.exchange?.request.url}`;
 *     if (error instanceof ContractSkip) return `skipped: ${error.message}`;
 *     throw error;
 *   }
 * }
 */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  readonly check: string;
  readonly exchange: Exchange | undefined;
  readonly decision: Decision | undefined;

  constructor(check: string, message: string, exchange?: Exchange, decision?: Decision) {
    super(message);
    this.check = check;
    this.exchange = exchange;
    this.decision = decision;
  }
}

/**
 * The check cannot run here: what it needs (a provider, a virtual clock, credentials) is missing.
 * The message is the reason the report shows.
 *
 * @example
 * throw new ContractSkip('needs a provider that can put instances in HANGING');
 */
export class ContractSkip extends Error {
  override readonly name = 'ContractSkip';
}

/**
 * The suite was called wrongly; the message says how to fix the call.
 *
 * @example
 * import { ContractUsageError, runContract } from '@as-lifecycle/contract/runner';
 *
 * try {
 *   await runContract({ target: { baseUrl: 'nope', projectId: 'p' } });
 * } catch (error) {
 *   if (error instanceof ContractUsageError) console.error(error.message);
 *   // Failed to start the contract suite: baseUrl "nope" is not an absolute http(s) URL. Pass e.g. "http://127.0.0.1:4010".
 * }
 */
export class ContractUsageError extends Error {
  override readonly name = 'ContractUsageError';
}

/**
 * A violation shown with the request that caused it, ready to paste.
 *
 * @example
 * throw violation('callback_sequence', 'a second callback on one key succeeded', exchange);
 */
export function violation(
  check: string,
  message: string,
  exchange: Exchange,
  decision?: Decision,
): ContractViolation {
  const { request, response } = exchange;
  const answered =
    response.status === 0 ? '' : `\n  answered ${response.status} ${response.text.slice(0, 300)}`;
  const ours = decision
    ? `\n  a rule of this project, not the provider's: ${decision.pointer} (x-as-decision: ${decision.text})`
    : '';
  return new ContractViolation(
    check,
    `${message}${ours}\n  request: ${reproduction(request)}${answered}`,
    exchange,
    decision,
  );
}
