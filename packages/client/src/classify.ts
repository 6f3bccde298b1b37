import type { OperationId } from '@as-lifecycle/types';
import {
  AbortError,
  type AutoScalingError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from './errors';
import { TIMEOUT } from './send-with-timeout';

/** What one attempt came to: the data, or the error; the response, when one arrived. */
export interface Outcome {
  data?: unknown;
  error?: AutoScalingError;
  response: Response | undefined;
}

/** The outcome of an attempt whose caller aborted before anything was sent. */
export const abortedBefore = (id: OperationId, caller: AbortSignal): Outcome => ({
  error: new AbortError(id, caller.reason),
  response: undefined,
});

/**
 * A failure without an answer to read, named in this order: the caller aborted (`AbortError`),
 * the timeout passed (`TimeoutError`, when `cause` is `TIMEOUT`), a success's body is no JSON
 * (`InvalidResponseError`), or else the request did not get through (`NetworkError`).
 */
export function failed(
  id: OperationId,
  cause: unknown,
  caller: AbortSignal | undefined,
  timeoutMs: number,
  response: Response | undefined,
): AutoScalingError {
  if (caller?.aborted) return new AbortError(id, caller.reason);
  if (cause === TIMEOUT) return new TimeoutError(id, timeoutMs);
  if (response?.ok && cause instanceof SyntaxError) {
    return new InvalidResponseError(id, response.status, cause);
  }
  return new NetworkError(id, cause);
}
