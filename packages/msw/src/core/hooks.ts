/**
 * The hook operations on a group's state: create, update, delete, each with the provider's refusals.
 * Request bodies arrive already validated against the spec.
 */
import {
  type AsErrorCode,
  type CreateLifecycleHookBody,
  type LifecycleHook,
  lifecycleLimits,
  type UpdateLifecycleHookBody,
} from '@as-lifecycle/types';
import { createHookDefaults, requestRules } from '../generated/request-rules';
import { formatInstant } from './clock';
import { type GroupState, isScaling } from './model';

/** The hooks a group holds at most: the spec's `maxItems` of a group's hook list. */
export const MAX_HOOKS = lifecycleLimits.maxHooksPerGroup;

/** The fields an update may change: the properties of the spec's update body. */
const updatableFields = Object.keys(
  requestRules.updateLifecycleHook.fields,
) as (keyof UpdateLifecycleHookBody)[];

export type HookOutcome = { hook: LifecycleHook } | { code: AsErrorCode };

/** The topic's name: the URN's last segment. */
const topicName = (urn: string) => urn.slice(urn.lastIndexOf(':') + 1);

/** A hook as the API answers it, from a create body and the instant it was made. */
export function newHook(body: CreateLifecycleHookBody, now: number): LifecycleHook {
  return {
    lifecycle_hook_name: body.lifecycle_hook_name,
    lifecycle_hook_type: body.lifecycle_hook_type,
    default_result: body.default_result ?? createHookDefaults.default_result,
    default_timeout: body.default_timeout ?? createHookDefaults.default_timeout,
    notification_topic_urn: body.notification_topic_urn,
    notification_topic_name: topicName(body.notification_topic_urn),
    notification_metadata: body.notification_metadata ?? null,
    create_time: formatInstant(now),
  };
}

/** Creates a hook: refused while the group scales (AS.2033), for a taken name (AS.7041), past five (AS.7038). */
export function createHook(
  group: GroupState,
  body: CreateLifecycleHookBody,
  now: number,
): HookOutcome {
  if (isScaling(group)) return { code: 'AS.2033' };
  if (group.hooks.has(body.lifecycle_hook_name)) return { code: 'AS.7041' };
  if (group.hooks.size >= MAX_HOOKS) return { code: 'AS.7038' };
  const hook = newHook(body, now);
  group.hooks.set(hook.lifecycle_hook_name, hook);
  return { hook };
}

/** Updates a hook's fields: unknown name AS.0007, refused while the group scales (AS.2033). */
export function updateHook(
  group: GroupState,
  name: string,
  body: UpdateLifecycleHookBody,
): HookOutcome {
  const hook = group.hooks.get(name);
  if (!hook) return { code: 'AS.0007' };
  if (isScaling(group)) return { code: 'AS.2033' };
  const changes = Object.fromEntries(
    updatableFields
      .filter((field) => body[field] !== undefined)
      .map((field) => [field, body[field]]),
  );
  Object.assign(hook, changes);
  if (body.notification_topic_urn !== undefined) {
    hook.notification_topic_name = topicName(body.notification_topic_urn);
  }
  return { hook };
}

/** Deletes a hook: unknown name AS.0007, refused while the group scales (AS.2033). */
export function deleteHook(group: GroupState, name: string): { code?: AsErrorCode } {
  if (!group.hooks.has(name)) return { code: 'AS.0007' };
  if (isScaling(group)) return { code: 'AS.2033' };
  group.hooks.delete(name);
  return {};
}
