/**
 * The hook operations on a group's state: create, update, delete, each with the provider's refusals.
 * Request bodies arrive already validated against the spec.
 */
import type {
  AsErrorCode,
  CreateLifecycleHookBody,
  LifecycleHook,
  UpdateLifecycleHookBody,
} from '@as-lifecycle/types';
import { createHookDefaults } from '../generated/request-rules';
import { formatInstant } from './clock';
import { type GroupState, isScaling } from './model';

/** At most five hooks per group. */
export const MAX_HOOKS = 5;

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
  if (body.lifecycle_hook_type !== undefined) hook.lifecycle_hook_type = body.lifecycle_hook_type;
  if (body.default_result !== undefined) hook.default_result = body.default_result;
  if (body.default_timeout !== undefined) hook.default_timeout = body.default_timeout;
  if (body.notification_metadata !== undefined)
    hook.notification_metadata = body.notification_metadata;
  if (body.notification_topic_urn !== undefined) {
    hook.notification_topic_urn = body.notification_topic_urn;
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
