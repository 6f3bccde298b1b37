/**
 * The mock's answers as plain objects: status, headers, body text. Adapters turn them into an MSW
 * `Response` or write them to a `node:http` response without building anything else.
 */
import { type AsErrorCode, asErrorCatalogue } from '@as-lifecycle/types';

export interface CoreResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or undefined for no body (204). */
  body: string | undefined;
  /** Set by fault injection: the adapter fails the request at the network level instead. */
  networkError?: true;
}

const JSON_TYPE = 'application/json;charset=UTF-8';

/** A request id: 32 lowercase hex digits, like the provider's. */
export const newRequestId = () => crypto.randomUUID().replaceAll('-', '');

/** A JSON answer. */
export function jsonResponse(status: number, body: unknown, requestId: string): CoreResponse {
  return {
    status,
    headers: { 'content-type': JSON_TYPE, 'x-request-id': requestId },
    body: JSON.stringify(body),
  };
}

/** 204, no body. */
export const noContent = (requestId: string): CoreResponse => ({
  status: 204,
  headers: { 'x-request-id': requestId },
  body: undefined,
});

/**
 * The provider's error for a code: the service's `{ error: { code, message } }`, or for the
 * gateway's codes its flat `{ error_code, error_msg, request_id }`, with the catalogue's status.
 */
export function errorResponse(code: AsErrorCode, requestId: string, status?: number): CoreResponse {
  const entry = asErrorCatalogue[code];
  const body =
    entry.shape === 'gateway'
      ? { error_code: code, error_msg: entry.message, request_id: requestId }
      : { error: { code, message: entry.message } };
  return jsonResponse(status ?? entry.status, body, requestId);
}
