/**
 * The fine-grained IAM action each operation needs, from the provider's "Permissions and Supported
 * Actions" reference, Lifecycle Hook table (https://support.huaweicloud.com/intl/en-us/api-as/as_07_0210.html;
 * the same names in every regional edition): what a denied call's AS.0031 names.
 */
import type { OperationId } from '@as-lifecycle/types';

/**
 * The IAM action of each operation (role/policy-based authorization, the actions AS.0031 names). The
 * identity-policy authorization of newer editions names the callback `as:scalingGroup:callbackInstanceHook`
 * with this one as its alias (decision 021).
 *
 * @example
 * import { iamActions } from '@as-lifecycle/msw';
 *
 * const needed = iamActions.callbackLifecycleHook; // 'as:instanceHooks:action'
 */
export const iamActions: Readonly<Record<OperationId, string>> = {
  createLifecycleHook: 'as:lifecycleHooks:create',
  listLifecycleHooks: 'as:lifecycleHooks:list',
  showLifecycleHook: 'as:lifecycleHooks:get',
  updateLifecycleHook: 'as:lifecycleHooks:update',
  deleteLifecycleHook: 'as:lifecycleHooks:delete',
  callbackLifecycleHook: 'as:instanceHooks:action',
  listHookInstances: 'as:instanceHooks:list',
};
