/**
 * The mock's answers as plain objects: status, headers, body text. Adapters turn them into an MSW
 * `Response` or write them to a `node:http` response without building anything else.
 */
import { fillMessage } from '@as-lifecycle/spec/model';
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

/** The mock server's own codes (its control plane, its host policy), never the API's. */
export type MockErrorCode = 'MOCK.NOT_FOUND' | 'MOCK.BAD_REQUEST' | 'MOCK.FORBIDDEN';

/**
 * Every error body the mock writes, in one place: for an API code the provider's shape (the
 * service's `{ error: { code, message } }`, or the gateway's flat `{ error_code, error_msg,
 * request_id }`) with the catalogue's message unless `message` says more; for a mock code the
 * service's shape.
 */
export function errorBody(
  code: AsErrorCode | MockErrorCode,
  options: { requestId?: string; message?: string } = {},
): unknown {
  const entry = (asErrorCatalogue as Partial<Record<string, { message: string; shape: string }>>)[
    code
  ];
  const message = options.message ?? entry?.message ?? code;
  return entry?.shape === 'gateway'
    ? { error_code: code, error_msg: message, request_id: options.requestId }
    : { error: { code, message } };
}

/**
 * A catalogue message with its `%s` filled in order, as the provider fills them (AS.0031's the IAM
 * action, APIG.0308's the limit), or the message of one of the code's causes: the spec model's
 * `fillMessage` over the generated catalogue.
 */
export const filledMessage = (code: AsErrorCode, fill: readonly string[], cause?: string): string =>
  fillMessage(asErrorCatalogue[code], cause === undefined ? { fill } : { fill, cause });

/** The provider's error for a code, at the catalogue's status unless another is given. */
export function errorResponse(
  code: AsErrorCode,
  requestId: string,
  status?: number,
  message?: string,
): CoreResponse {
  return jsonResponse(
    status ?? asErrorCatalogue[code].status,
    errorBody(code, { requestId, ...(message === undefined ? {} : { message }) }),
    requestId,
  );
}
