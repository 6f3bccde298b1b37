/**
 * Types and runtime lists for the Huawei Cloud Auto Scaling lifecycle-hook API, generated from
 * `@as-lifecycle/spec`. The named types below are aliases into the generated `components`; nothing
 * here restates a field by hand.
 *
 * @example
 * import type { CallbackLifecycleHookBody } from '@as-lifecycle/types';
 * import { lifecycleActionResultValues } from '@as-lifecycle/types';
 *
 * const body: CallbackLifecycleHookBody = {
 *   lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
 *   lifecycle_action_result: 'CONTINUE',
 * };
 * lifecycleActionResultValues.includes(body.lifecycle_action_result); // true
 */
import type { components } from './generated/openapi';

// The generated document types, for typed clients and handlers (openapi-fetch, openapi-msw).
export type { components, operations, paths } from './generated/openapi';
// Runtime data generated from the spec, whole: a new enum's list or limit is exported with it.
export * from './generated/spec-data';

type Schemas = components['schemas'];

// Enums.
/** The answer to a hanging instance: `ABANDON`, `CONTINUE` or `EXTEND` (+3600 s). */
export type LifecycleActionResult = Schemas['LifecycleActionResult'];
/** What a hook applies at its timeout: `ABANDON` or `CONTINUE`, never `EXTEND`. */
export type LifecycleHookDefaultResult = Schemas['LifecycleHookDefaultResult'];
/** `INSTANCE_LAUNCHING` or `INSTANCE_TERMINATING`. */
export type LifecycleHookType = Schemas['LifecycleHookType'];
/** Where a hanging record stands: `HANGING`, `CONTINUE` or `ABANDON`. */
export type LifecycleHookStatus = Schemas['LifecycleHookStatus'];

// Request bodies.
type GeneratedCallbackBody = Schemas['CallbackLifecycleHookBody'];
/**
 * A callback that names its target by `lifecycle_action_key` (the key wins when an instance id is
 * given too).
 *
 * @example
 * import type { CallbackByActionKey } from '@as-lifecycle/types';
 *
 * const body: CallbackByActionKey = {
 *   lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
 *   lifecycle_action_result: 'CONTINUE',
 * };
 */
export interface CallbackByActionKey
  extends Extract<GeneratedCallbackBody, { lifecycle_action_key: string }> {}
/**
 * A callback that names its target by `instance_id` with `lifecycle_hook_name`.
 *
 * @example
 * import type { CallbackByInstanceAndHook } from '@as-lifecycle/types';
 *
 * const body: CallbackByInstanceAndHook = {
 *   instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
 *   lifecycle_hook_name: 'hook-launch',
 *   lifecycle_action_result: 'EXTEND',
 * };
 */
export interface CallbackByInstanceAndHook
  extends Extract<GeneratedCallbackBody, { instance_id: string }> {}
/**
 * The callback body: `lifecycle_action_key`, or `instance_id` with `lifecycle_hook_name`, and the
 * result. A body with neither target fails to compile with "not assignable to type
 * 'CallbackLifecycleHookBody'" (then TypeScript names one branch's missing fields: either target
 * will do).
 */
export type CallbackLifecycleHookBody = CallbackByActionKey | CallbackByInstanceAndHook;
/** The body that creates a hook. */
export type CreateLifecycleHookBody = Schemas['CreateLifecycleHookBody'];
/** The body that updates a hook; every field is optional. */
export type UpdateLifecycleHookBody = Schemas['UpdateLifecycleHookBody'];

// Responses.
/** A hook as create, show, update and list answer it. */
export type LifecycleHook = Schemas['LifecycleHook'];
/** One instance held by one hook. */
export type InstanceHangingInfo = Schemas['InstanceHangingInfo'];
/** The answer of `listLifecycleHooks`. */
export type ListLifecycleHooksResponse = Schemas['ListLifecycleHooksResponse'];
/** The answer of `listHookInstances`. */
export type ListHookInstancesResponse = Schemas['ListHookInstancesResponse'];
/** The service's error body, `{ error: { code, message } }`. */
export type AsErrorBody = Schemas['AsErrorBody'];
/** The API gateway's flat error body, `{ error_code, error_msg, request_id }`. */
export type GatewayErrorBody = Schemas['GatewayErrorBody'];
