/** Building requests from the spec's routes, and the expectations the checks share. */
import { type OperationId, operationRoutes } from '@as-lifecycle/types';
import { violation } from '../contract-errors';
import type { Exchange } from '../exchange';
import type { Decision } from '../spec/decisions';
import { catalogue, model } from '../spec/spec-document';
import type { CheckContext } from './check';
import { contractGroups } from './scenario';

/** The path of an operation below `/autoscaling-api/v1/{project_id}`, parameters encoded. */
export function pathOf(
  operationId: OperationId,
  params: { group: string; hook?: string; query?: Record<string, string> },
): string {
  const [, template] = operationRoutes[operationId];
  let path = template
    .replace(/^\/autoscaling-api\/v1\/\{project_id\}/, '')
    .replace('{scaling_group_id}', encodeURIComponent(params.group))
    .replace('{lifecycle_hook_name}', encodeURIComponent(params.hook ?? ''));
  if (params.query && Object.keys(params.query).length > 0) {
    path += `?${new URLSearchParams(params.query)}`;
  }
  return path;
}

/**
 * Sends an operation's request as JSON, to the seeded group `main` unless told another.
 *
 * @example
 * const exchange = await call(context, 'showLifecycleHook', { hook: 'contract-hook' });
 */
export function call(
  context: CheckContext,
  operationId: OperationId,
  options: { hook?: string; body?: unknown; query?: Record<string, string>; group?: string } = {},
): Promise<Exchange> {
  return context.sender.send({
    operationId,
    method: methodOf(operationId),
    path: pathOf(operationId, {
      group: options.group ?? contractGroups.main,
      ...(options.hook === undefined ? {} : { hook: options.hook }),
      ...(options.query === undefined ? {} : { query: options.query }),
    }),
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** The method of an operation. */
export const methodOf = (operationId: OperationId) => operationRoutes[operationId][0];

/** The code the spec's `x-as-errors` gives a state error of an operation, found by its `id`. */
export const stateCode = (operationId: OperationId, id: string): string =>
  model.stateCode(operationId, id);

/**
 * Fails the check unless the response has this status; `decision` names the `x-as-decision` the
 * expectation rests on, when it is a choice of ours.
 */
export function expectStatus(
  check: string,
  exchange: Exchange,
  status: number,
  what: string,
  decision?: Decision,
): void {
  if (exchange.response.status !== status) {
    throw violation(
      check,
      `${what}: expected ${status}, got ${exchange.response.status}${exchange.response.code ? ` ${exchange.response.code}` : ''}`,
      exchange,
      decision,
    );
  }
}

/** Fails the check unless the response is a success (2xx). */
export function expectSuccess(
  check: string,
  exchange: Exchange,
  what: string,
  decision?: Decision,
): void {
  const { status, code } = exchange.response;
  if (status < 200 || status > 299) {
    throw violation(
      check,
      `${what}: expected a success, got ${status}${code ? ` ${code}` : ''}`,
      exchange,
      decision,
    );
  }
}

/**
 * The gateway's code as the catalogue spells it: the API gateway writes the same code `APIG.0301`
 * or `APIGW.0301` (its FAQs and its signing guide), so either spelling matches either.
 *
 * @example
 * sameCode('APIG.0301', 'APIGW.0301'); // true
 * sameCode('APIGX.0301', 'APIGW.0301'); // false
 */
export function sameCode(answered: string | undefined, expected: string): boolean {
  if (answered === expected) return true;
  const gateway = /^APIGW?\.(\d{4})$/;
  const a = gateway.exec(answered ?? '');
  const b = gateway.exec(expected);
  return a !== null && b !== null && a[1] === b[1];
}

/**
 * Fails the check unless the response is the error of one of `codes`, at the status the catalogue
 * gives it; a wrong code rests on `decision`, when the code expected is our choice.
 */
export function expectError(
  check: string,
  exchange: Exchange,
  codes: readonly string[],
  what: string,
  decision?: Decision,
): void {
  const { status, code } = exchange.response;
  const expected = codes.map((c) => `${catalogue(c).status} ${c}`).join(' or ');
  const match = codes.find((c) => sameCode(code, c));
  if (match === undefined || catalogue(match).status !== status) {
    throw violation(
      check,
      `${what}: expected ${expected}, got ${status}${code ? ` ${code}` : ''}`,
      exchange,
      // The right code at another status breaks the catalogue, the provider's table: a failure.
      match === undefined ? decision : undefined,
    );
  }
}

/** Fails the check with a message about a response. */
export function fail(
  check: string,
  exchange: Exchange,
  message: string,
  decision?: Decision,
): never {
  throw violation(check, message, exchange, decision);
}
