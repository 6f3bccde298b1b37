/**
 * What a check ends with besides passing: a violation of the contract (the implementation is
 * wrong), a skip (this target or provider cannot set up what the check needs), or misuse of the
 * suite itself (a thrown error that says how to fix the call).
 */
import type { Exchange } from './target';

/**
 * The implementation broke the contract. `check` names the rule broken: a check's id, or the
 * response check (`status_code_conformance`, …) a response failed; `exchange` is the request and
 * response that showed it.
 *
 * @example
 * try { await check.run(context); } catch (error) {
 *   if (error instanceof ContractViolation) console.log(error.check, error.exchange?.request.url);
 * }
 */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  readonly check: string;
  readonly exchange: Exchange | undefined;

  constructor(check: string, message: string, exchange?: Exchange) {
    super(message);
    this.check = check;
    this.exchange = exchange;
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
 * runContract({ target: { baseUrl: 'nope', projectId: 'p' } }); // throws ContractUsageError
 */
export class ContractUsageError extends Error {
  override readonly name = 'ContractUsageError';
}
