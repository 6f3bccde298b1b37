import type { AsErrorCode, OperationId } from '@as-lifecycle/types';

/**
 * What went wrong: the service answered an error, or no answer came.
 *
 * @example
 * if (error?.kind === 'timeout') retryLater();
 */
export type AutoScalingErrorKind =
  | 'api'
  | 'network'
  | 'timeout'
  | 'abort'
  | 'invalid-response'
  | 'redirect'
  | 'response-too-large';

/**
 * The base of every error a client call returns (or throws with `throwOnError`). Narrow it with
 * `kind` or `instanceof`.
 *
 * @example
 * const { error } = await client.listLifecycleHooks({ scaling_group_id: groupId });
 * if (error?.kind === 'api' && error.code === 'AS.2007') console.log('no such group');
 */
export abstract class AutoScalingError extends Error {
  abstract readonly kind: AutoScalingErrorKind;
  /** The operation that failed. */
  declare readonly operationId: OperationId;

  constructor(operationId: OperationId, message: string, options?: ErrorOptions) {
    super(message, options);
    this.operationId = operationId;
  }
}

/**
 * Where the error body came from: the AS service, or the API gateway's flat shape.
 *
 * @example
 * if (error instanceof ApiError && error.shape === 'gateway') checkTheSignature();
 */
export type ApiErrorShape = 'as' | 'gateway' | 'unknown';

/**
 * The service answered with an error status. `code` is the provider's (`AS.7042`, `APIGW.0301`…),
 * read from `error.code ?? error_code` as the official SDKs do.
 *
 * @example
 * if (error instanceof ApiError && error.code === 'AS.7042') {
 *   // the instance is no longer waiting: someone else answered, or the hook timed out
 * }
 */
export class ApiError extends AutoScalingError {
  readonly kind = 'api';
  override readonly name = 'ApiError';
  /** The HTTP status. */
  declare readonly status: number;
  /** The provider's code, or `undefined` when the body had none. */
  declare readonly code: AsErrorCode | (string & {}) | undefined;
  /** The provider's message, as sent. */
  declare readonly providerMessage: string;
  /** `X-Request-Id` (or the gateway body's `request_id`): quote it to the provider's support. */
  declare readonly requestId: string | undefined;
  /** Which error body the service sent. */
  declare readonly shape: ApiErrorShape;

  constructor(
    operationId: OperationId,
    details: {
      status: number;
      code: string | undefined;
      message: string;
      requestId: string | undefined;
      shape: ApiErrorShape;
    },
  ) {
    const code = details.code ?? `HTTP ${details.status}`;
    const request = details.requestId ? ` (request id ${details.requestId})` : '';
    super(operationId, `${operationId} failed: ${code}: ${details.message}${request}`);
    this.status = details.status;
    this.code = details.code;
    this.providerMessage = details.message;
    this.requestId = details.requestId;
    this.shape = details.shape;
  }
}

/**
 * No response arrived: DNS, connection, TLS, CORS, or a `fetch` that rejected.
 *
 * @example
 * if (error?.kind === 'network') showBanner('The Auto Scaling service cannot be reached.');
 */
export class NetworkError extends AutoScalingError {
  readonly kind = 'network';
  override readonly name = 'NetworkError';

  constructor(operationId: OperationId, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(operationId, `${operationId} failed: the request did not reach the service: ${reason}`, {
      cause,
    });
  }
}

/**
 * The call took longer than its `timeoutMs`.
 *
 * @example
 * if (error instanceof TimeoutError) console.log(`gave up after ${error.timeoutMs} ms`);
 */
export class TimeoutError extends AutoScalingError {
  readonly kind = 'timeout';
  override readonly name = 'TimeoutError';
  /** The limit that passed, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(operationId: OperationId, timeoutMs: number) {
    super(operationId, `${operationId} failed: no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The caller's `AbortSignal` aborted the call.
 *
 * @example
 * const controller = new AbortController();
 * const pending = client.listHookInstances({ scaling_group_id: groupId }, { signal: controller.signal });
 * controller.abort();
 * (await pending).error instanceof AbortError; // true
 */
export class AbortError extends AutoScalingError {
  readonly kind = 'abort';
  override readonly name = 'AbortError';

  constructor(operationId: OperationId, reason: unknown) {
    super(operationId, `${operationId} was aborted by the caller`, { cause: reason });
  }
}

/**
 * The service answered success with a body that is not the JSON the spec promises.
 *
 * @example
 * if (error?.kind === 'invalid-response') console.log(error.status, error.message);
 */
export class InvalidResponseError extends AutoScalingError {
  readonly kind = 'invalid-response';
  override readonly name = 'InvalidResponseError';
  /** The HTTP status of the response that could not be read. */
  declare readonly status: number;

  constructor(operationId: OperationId, status: number, cause: unknown) {
    super(operationId, `${operationId} failed: the ${status} response body is not valid JSON`, {
      cause,
    });
    this.status = status;
  }
}

/**
 * The service answered with a redirect. The client never follows one: `X-Auth-Token` and
 * `X-Security-Token` would go to another host, and a 307 would replay the callback there. The
 * provider's API does not redirect, so a redirect means a wrong endpoint or a hostile server.
 * Never retried.
 *
 * @example
 * if (error instanceof RedirectError) console.error(`the endpoint redirects to ${error.location}`);
 */
export class RedirectError extends AutoScalingError {
  readonly kind = 'redirect';
  override readonly name = 'RedirectError';
  /**
   * The HTTP status: 301, 302, 303, 307, 308; 0 for a browser's opaque redirect; the final status
   * when a custom `fetch` followed the redirect anyway.
   */
  declare readonly status: number;
  /** The `Location` it pointed to, when the runtime shows it (browsers hide it). */
  declare readonly location: string | undefined;

  constructor(operationId: OperationId, status: number, location: string | undefined) {
    super(
      operationId,
      `${operationId} failed: redirected (${status})${location ? ` to ${location.slice(0, 200)}` : ''}, and redirects are never followed`,
    );
    this.status = status;
    this.location = location;
  }
}

/**
 * The response body was longer than `maxResponseBytes`: the client stopped reading it there.
 * Never retried.
 *
 * @example
 * if (error?.kind === 'response-too-large') console.error(error.message);
 */
export class ResponseTooLargeError extends AutoScalingError {
  readonly kind = 'response-too-large';
  override readonly name = 'ResponseTooLargeError';
  /** The HTTP status of the response. */
  declare readonly status: number;
  /** The limit that was passed, in bytes. */
  declare readonly maxBytes: number;

  constructor(operationId: OperationId, status: number, maxBytes: number) {
    super(
      operationId,
      `${operationId} failed: the ${status} response is over maxResponseBytes (${maxBytes})`,
    );
    this.status = status;
    this.maxBytes = maxBytes;
  }
}

/**
 * A call the client refuses before sending anything, because it cannot be right: the message says
 * how to fix it. Thrown (never returned), like any misuse.
 *
 * @example
 * await client.callbackLifecycleHook({ scaling_group_id: g, body: { lifecycle_action_result: 'CONTINUE' } as never });
 * // throws ClientUsageError: Failed to call back the lifecycle hook: the body names no target. …
 */
export class ClientUsageError extends TypeError {
  override readonly name = 'ClientUsageError';
}

/** A non-empty string. */
export const filled = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

/** "Failed to <what>: <why>. <fix>." as a `ClientUsageError`. */
export const misuse = (what: string, why: string, fix: string) =>
  new ClientUsageError(`Failed to ${what}: ${why}. ${fix}.`);
