/** A check defined once by its id, with expectations that fail it by that id. */
import type { Exchange } from '../exchange';
import { judged } from '../judge';
import { type Decision, stateRule } from '../spec/decisions';
import type { CheckContext, ContractCheck } from './check';
import { expectError, expectStatus, expectSuccess, fail } from './expect';

/**
 * The expectations of one check, each failing it by its id with the exchange it judged. An
 * expectation given a `decision` (the `x-as-decision` it rests on, from `stateRule`,
 * `decisionAt`…) is judged by the run: a failure, or in the live profile a deviation that lets the
 * check go on.
 *
 * @example
 * const listed = (expect: Expectations, status: number) => `${expect.id}: listed with ${status}`;
 */
export interface Expectations {
  /** The check's id, for messages. */
  readonly id: string;
  /** Fails unless the response has this status. */
  status(exchange: Exchange, status: number, what: string, decision?: Decision): void;
  /** Fails unless the response is a success (2xx). */
  success(exchange: Exchange, what: string, decision?: Decision): void;
  /** Fails unless the response is the error of one of `codes`, at the catalogue's status. */
  error(exchange: Exchange, codes: readonly string[], what: string, decision?: Decision): void;
  /**
   * Fails unless the response is the operation's state error `id` (`x-as-errors`), judged on the
   * entry's `x-as-decision` when the spec marks the code as ours.
   */
  state(exchange: Exchange, operationId: string, id: string, what: string): void;
  /** Fails with a message about a response. */
  fail(exchange: Exchange, message: string): never;
}

/**
 * A check, defined once by its id: `run` gets the context and the check's own expectations.
 *
 * @example
 * const listsHooks = defineCheck({
 *   id: 'lists_hooks',
 *   title: 'the seeded group lists its hooks',
 *   async run(context, expect) {
 *     const exchange = await context.sender.send({
 *       operationId: 'listLifecycleHooks',
 *       method: 'GET',
 *       path: `/scaling_lifecycle_hook/${context.groupId ?? 'g'}/list`,
 *     });
 *     expect.status(exchange, 200, 'listing hooks');
 *   },
 * });
 */
export function defineCheck(definition: {
  id: string;
  title: string;
  run(context: CheckContext, expect: Expectations): Promise<void>;
}): ContractCheck {
  const { id, title } = definition;
  const expectations = ({ judge }: CheckContext): Expectations => ({
    id,
    status: (exchange, status, what, decision) =>
      judged(judge, () => expectStatus(id, exchange, status, what, decision)),
    success: (exchange, what, decision) =>
      judged(judge, () => expectSuccess(id, exchange, what, decision)),
    error: (exchange, codes, what, decision) =>
      judged(judge, () => expectError(id, exchange, codes, what, decision)),
    state: (exchange, operationId, stateId, what) => {
      const { code, decision } = stateRule(operationId, stateId);
      judged(judge, () => expectError(id, exchange, [code], what, decision));
    },
    fail: (exchange, message) => fail(id, exchange, message),
  });
  return { id, title, run: (context) => definition.run(context, expectations(context)) };
}
