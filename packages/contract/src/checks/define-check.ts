/** A check defined once by its id, with expectations that fail it by that id. */
import type { Exchange } from '../exchange';
import type { CheckContext, ContractCheck } from './check';
import { expectError, expectStatus, expectSuccess, fail } from './expect';

/**
 * The expectations of one check, each failing it by its id with the exchange it judged.
 *
 * @example
 * const listed = (expect: Expectations, status: number) => `${expect.id}: listed with ${status}`;
 */
export interface Expectations {
  /** The check's id, for messages. */
  readonly id: string;
  /** Fails unless the response has this status. */
  status(exchange: Exchange, status: number, what: string): void;
  /** Fails unless the response is a success (2xx). */
  success(exchange: Exchange, what: string): void;
  /** Fails unless the response is the error of one of `codes`, at the catalogue's status. */
  error(exchange: Exchange, codes: readonly string[], what: string): void;
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
  const expect: Expectations = {
    id,
    status: (exchange, status, what) => expectStatus(id, exchange, status, what),
    success: (exchange, what) => expectSuccess(id, exchange, what),
    error: (exchange, codes, what) => expectError(id, exchange, codes, what),
    fail: (exchange, message) => fail(id, exchange, message),
  };
  return { id, title, run: (context) => definition.run(context, expect) };
}
