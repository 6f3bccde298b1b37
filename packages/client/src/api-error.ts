import type { AsErrorCode, OperationId } from '@as-lifecycle/types';
import { AutoScalingErrorBase } from './error-base';

/**
 * Where the error body came from: the AS service (`{"error": {"code", "message"}}`), or the API
 * gateway's flat shape (`{"error_code", "error_msg", "request_id"}`), whose codes the provider spells
 * both `APIG.xxxx` and `APIGW.xxxx` (`APIG.0301` / `APIGW.0301` for a refused token or signature,
 * `APIG.0308` for its 429 throttle): compare them with `/^APIGW?\.0301$/`, not one spelling.
 *
 * @example
 * const { error } = await client.listHookInstances({ scaling_group_id: groupId });
 * if (error?.kind === 'api' && error.shape === 'gateway') {
 *   // the API gateway answered, not AS: APIG(W).0301, the token or the signature was refused;
 *   // 429 APIG.0308, the gateway's throttle (reads were already retried; writes never are)
 *   console.error(error.code, error.providerMessage);
 * }
 */
export type ApiErrorShape = 'as' | 'gateway' | 'unknown';

/**
 * The service answered with an error status. `code` is the provider's (`AS.7042`, `APIGW.0301`…),
 * read from `error.code ?? error_code` as the official SDKs do.
 *
 * @example
 * const { error } = await client.callbackLifecycleHook({
 *   scaling_group_id: groupId,
 *   body: { lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069', lifecycle_action_result: 'CONTINUE' },
 * });
 * if (error?.kind === 'api' && error.code === 'AS.7042') {
 *   // the instance is no longer waiting: someone else answered, or the hook timed out
 * }
 */
export class ApiError extends AutoScalingErrorBase {
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
