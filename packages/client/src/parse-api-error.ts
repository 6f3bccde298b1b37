import type { OperationId } from '@as-lifecycle/types';
import { ApiError } from './api-error';
import { fieldsOf, filled } from './usage-error';

const text = (value: unknown): string | undefined => (filled(value) ? value : undefined);

/**
 * Reads an error response the way the provider's SDKs do: `error.code ?? error_code` and
 * `error.message ?? error_msg`, with the request id from `X-Request-Id` or the gateway body. Any
 * flat body is the gateway's shape, its code kept as sent (`APIG.0301` and `APIGW.0301` alike).
 */
export function parseApiError(
  operationId: OperationId,
  response: Response,
  body: unknown,
): ApiError {
  const record = fieldsOf(body);
  const nested = fieldsOf(record.error);
  const asCode = text(nested.code);
  const gatewayCode = text(record.error_code);
  const fallbackMessage = filled(body)
    ? body.slice(0, 200)
    : response.statusText || `HTTP ${response.status}`;
  return new ApiError(operationId, {
    status: response.status,
    code: asCode ?? gatewayCode,
    message: text(nested.message) ?? text(record.error_msg) ?? fallbackMessage,
    requestId: response.headers.get('X-Request-Id') ?? text(record.request_id),
    shape: asCode ? 'as' : gatewayCode ? 'gateway' : 'unknown',
  });
}
