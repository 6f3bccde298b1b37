/**
 * What passes between the suite and a target: the request as sent, the response as read, and the
 * requests the checks describe. Types only: every module of the suite may import them.
 */
import type { OperationId } from '@as-lifecycle/types';

/**
 * A request as sent: header names as given, the body as text.
 *
 * @example
 * import { ContractViolation, type SentRequest } from '@as-lifecycle/contract/runner';
 *
 * // The request that showed a violation, its credential headers already redacted:
 * const sentOf = (error: unknown): SentRequest | undefined =>
 *   error instanceof ContractViolation ? error.exchange?.request : undefined;
 */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A response as read once: status, headers, text, parsed JSON body, error code.
 *
 * @example
 * import type { ReadResponse } from '@as-lifecycle/contract/runner';
 *
 * // A violation whose target did not answer (a timeout, a network error) carries status 0.
 * const summary = ({ status, code, text }: ReadResponse) =>
 *   status === 0 ? 'no response' : `${status} ${code ?? text.slice(0, 80)}`;
 */
export interface ReadResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when there is none or it is not JSON. */
  body: unknown;
  /** The `error.code` or `error_code` of an error body. */
  code: string | undefined;
}

/**
 * One request and its response.
 *
 * @example
 * import type { CheckContext, Exchange } from '@as-lifecycle/contract/runner';
 *
 * async function listHooks({ sender }: CheckContext): Promise<Exchange> {
 *   const exchange = await sender.send({ operationId: 'listLifecycleHooks', method: 'GET', path: '/scaling_lifecycle_hook/g/list' });
 *   console.log(exchange.request.url, exchange.response.status);
 *   return exchange;
 * }
 */
export interface Exchange {
  operationId: OperationId;
  request: SentRequest;
  response: ReadResponse;
}

/** A request the checks describe: an operation, a path below the project, optional body. */
export interface RequestSpec {
  operationId: OperationId;
  method: string;
  /** The path after `/autoscaling-api/v1/{project_id}`, already encoded: `/scaling_lifecycle_hook/g`. */
  path: string;
  /** The body as text, sent as is. */
  body?: string;
  /** The Content-Type to send; `null` sends none. Default `application/json` when there is a body. */
  contentType?: string | null;
  /** `'none'` sends no credentials; `'wrong'` sends credentials that cannot be valid. */
  auth?: 'target' | 'none' | 'wrong';
}

/** Sends requests to a target and checks every response. */
export interface Sender {
  /** Sends a request; throws `ContractViolation` when the response breaks a response check. */
  send(spec: RequestSpec): Promise<Exchange>;
  /** Requests sent so far. */
  readonly count: number;
  /** Whether the target has credentials (the authentication checks need them). */
  readonly authenticated: boolean;
  readonly projectId: string;
}
