/**
 * A small, typed, signed client for the Huawei Cloud Auto Scaling lifecycle-hook API.
 *
 * @example
 * import { createAutoScalingClient } from '@as-lifecycle/client';
 *
 * const client = createAutoScalingClient({
 *   region: 'cn-north-4',
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 *   credentials: { accessKey: process.env.AK!, secretKey: process.env.SK! },
 * });
 * const { data, error } = await client.listHookInstances({ scaling_group_id: 'e5d27f5c-…' });
 */

// The API's types (from @as-lifecycle/types), so that an app that installs only the client has them.
export type {
  AsErrorCode,
  CallbackByActionKey,
  CallbackByInstanceAndHook,
  CallbackLifecycleHookBody,
  CreateLifecycleHookBody,
  InstanceHangingInfo,
  LifecycleActionResult,
  LifecycleHook,
  LifecycleHookDefaultResult,
  LifecycleHookStatus,
  LifecycleHookType,
  ListHookInstancesResponse,
  ListLifecycleHooksResponse,
  OperationId,
  Region,
  UpdateLifecycleHookBody,
} from '@as-lifecycle/types';
// Errors.
export type { ApiErrorShape } from './api-error';
export { ApiError } from './api-error';
// The client.
export type { AutoScalingClient, ClientOptions } from './create-client';
export { createAutoScalingClient } from './create-client';
// Credentials and endpoints.
export type {
  AkSkCredentialsInput,
  Credentials,
  CredentialsInput,
  EnvConfig,
  TokenCredentialsInput,
} from './credentials';
export { configFromEnv, toCredentials } from './credentials';
export { resolveEndpoint } from './endpoint';
export type { AutoScalingErrorKind } from './errors';
export {
  AbortError,
  AutoScalingError,
  InvalidResponseError,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
export type {
  CallOptions,
  ClientMethods,
  Failure,
  OperationData,
  OperationParams,
  Result,
  Success,
} from './operation-types';
export { DEFAULT_MAX_RESPONSE_BYTES, isRedirect, readTextWithin } from './read-response';
export type { RetryOptions } from './retry';
export type { FetchLike } from './send-with-timeout';
export { ClientUsageError } from './usage-error';
