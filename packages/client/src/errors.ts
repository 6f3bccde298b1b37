import type { OperationId } from '@as-lifecycle/types';
import type { ApiError } from './api-error';
import { AutoScalingErrorBase } from './error-base';

/**
 * What went wrong: the service answered an error, or no answer came.
 *
 * @example
 * import type { AutoScalingErrorKind } from '@as-lifecycle/client';
 *
 * const retryable: AutoScalingErrorKind[] = ['network', 'timeout'];
 */
export type AutoScalingErrorKind = AutoScalingError['kind'];

/**
 * Every error a client call returns (or throws with `throwOnError`): a union discriminated on
 * `kind`, so that `kind` narrows to the class and its own fields (`code` on `api`, `timeoutMs` on
 * `timeout`…). `instanceof AutoScalingError` is true of each of them, and narrows an `unknown` (a
 * `catch` clause) to this union.
 *
 * @example
 * import { createAutoScalingClient } from '@as-lifecycle/client';
 *
 * const client = createAutoScalingClient({
 *   region: 'cn-north-4',
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 *   credentials: { token: process.env.HUAWEICLOUD_SDK_TOKEN! },
 * });
 * const { error } = await client.listLifecycleHooks({ scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a' });
 * if (error?.kind === 'api' && error.code === 'AS.2007') console.log('no such group', error.requestId);
 */
export type AutoScalingError =
  | ApiError
  | NetworkError
  | TimeoutError
  | AbortError
  | InvalidResponseError
  | RedirectError
  | ResponseTooLargeError;

/**
 * `error instanceof AutoScalingError`: true of every error the client returns or throws (not of a
 * `ClientUsageError`, which is a mistake in the call, not a failure of it).
 *
 * @example
 * import { AutoScalingError } from '@as-lifecycle/client';
 *
 * function reason(thrown: unknown): string {
 *   if (thrown instanceof AutoScalingError && thrown.kind === 'api') return thrown.code ?? `HTTP ${thrown.status}`;
 *   return thrown instanceof Error ? thrown.message : String(thrown);
 * }
 */
export const AutoScalingError: abstract new (
  operationId: OperationId,
  message: string,
  options?: ErrorOptions,
) => AutoScalingError = AutoScalingErrorBase as never;

/**
 * No response arrived: DNS, connection, TLS, CORS, or a `fetch` that rejected.
 *
 * @example
 * const { error } = await client.listHookInstances({ scaling_group_id: groupId });
 * if (error?.kind === 'network') console.error('The Auto Scaling service cannot be reached:', error.message);
 */
export class NetworkError extends AutoScalingErrorBase {
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
 * const { error } = await client.listHookInstances({ scaling_group_id: groupId }, { timeoutMs: 5000 });
 * // a read: retried first (3 attempts by default), each one given 5 s
 * if (error?.kind === 'timeout') console.log(`no answer within ${error.timeoutMs} ms`); // 5000
 */
export class TimeoutError extends AutoScalingErrorBase {
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
export class AbortError extends AutoScalingErrorBase {
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
 * const { error } = await client.listLifecycleHooks({ scaling_group_id: groupId });
 * if (error?.kind === 'invalid-response') console.log(error.status, error.message);
 */
export class InvalidResponseError extends AutoScalingErrorBase {
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
 * const { error } = await client.listHookInstances({ scaling_group_id: groupId });
 * if (error?.kind === 'redirect') console.error(`the endpoint redirects to ${error.location}`);
 */
export class RedirectError extends AutoScalingErrorBase {
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
 * const { error } = await client.listHookInstances({ scaling_group_id: groupId });
 * if (error?.kind === 'response-too-large') console.error(`the answer is over ${error.maxBytes} bytes`);
 */
export class ResponseTooLargeError extends AutoScalingErrorBase {
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
