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
import { createHookBounds, createHookDefaults, requestRules } from '../generated/request-rules';
import { formatInstant } from './clock';
import { type GroupState, isScaling } from './model';

/** The hooks a group holds at most: the spec's `maxItems` of a group's hook list. */
export const MAX_HOOKS = lifecycleLimits.maxHooksPerGroup;

/** The fields an update may change: the properties of the spec's update body. */
const updatableFields = Object.keys(
  requestRules.updateLifecycleHook.fields,
) as (keyof UpdateLifecycleHookBody)[];

export type HookOutcome = { hook: LifecycleHook } | { code: AsErrorCode };

/**
 * Bounds a mock applies on top of the spec's, to answer as an older edition does.
 *
 * @example
 * import { createLifecycleMock, type HookLimits } from '@as-lifecycle/msw';
 *
 * // The Go SDK, Terraform and some regional editions: default_timeout 300–86400.
 * const limits: HookLimits = { defaultTimeoutMinimum: 300 };
 * const mock = createLifecycleMock({ limits });
 */
export interface HookLimits {
  /**
   * The least `default_timeout` accepted, in seconds; undefined: the spec's minimum. A timeout from
   * the spec's minimum up to this one answers the spec's code for a timeout under the minimum.
   */
  defaultTimeoutMinimum?: number | undefined;
}

/** The code of a `default_timeout` under the minimum: the spec's rule for its `minimum`. */
const timeoutTooShort = requestRules.createLifecycleHook.fields.default_timeout.minimum;

/** Throws a TypeError saying how to fix limits that cannot be applied. */
export function checkHookLimits(limits: HookLimits): void {
  const minimum = limits.defaultTimeoutMinimum;
  const { minimum: least, maximum } = createHookBounds.default_timeout;
  if (
    minimum !== undefined &&
    (!Number.isInteger(minimum) || minimum < least || minimum > maximum)
  ) {
    throw new TypeError(
      `Failed to create the mock: limits.defaultTimeoutMinimum must be a whole number of seconds from ${least} to ${maximum} (the spec's bounds), not ${String(minimum)}.`,
    );
  }
}

/** The code refusing a `default_timeout` under the mock's minimum, if any. */
const timeoutRefusal = (
  timeout: number | undefined,
  limits: HookLimits,
): HookOutcome | undefined =>
  timeout !== undefined &&
  limits.defaultTimeoutMinimum !== undefined &&
  timeout < limits.defaultTimeoutMinimum
    ? { code: timeoutTooShort }
    : undefined;

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

/**
 * Creates a hook: refused for a taken name (AS.7041), past five (AS.7038), or a timeout under the
 * mock's minimum. Accepted while the group scales: the provider documents that refusal for delete only.
 */
export function createHook(
  group: GroupState,
  body: CreateLifecycleHookBody,
  now: number,
  limits: HookLimits = {},
): HookOutcome {
  const refused = timeoutRefusal(body.default_timeout, limits);
  if (refused) return refused;
  if (group.hooks.has(body.lifecycle_hook_name)) return { code: 'AS.7041' };
  if (group.hooks.size >= MAX_HOOKS) return { code: 'AS.7038' };
  const hook = newHook(body, now);
  group.hooks.set(hook.lifecycle_hook_name, hook);
  return { hook };
}

/**
 * Updates a hook's fields: unknown name AS.0007, or a timeout under the mock's minimum. Accepted while
 * the group scales (the provider documents that refusal for delete only); the instances already held
 * keep their `timeout`.
 */
export function updateHook(
  group: GroupState,
  name: string,
  body: UpdateLifecycleHookBody,
  limits: HookLimits = {},
): HookOutcome {
  const hook = group.hooks.get(name);
  if (!hook) return { code: 'AS.0007' };
  const refused = timeoutRefusal(body.default_timeout, limits);
  if (refused) return refused;
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

/** Deletes a hook: unknown name AS.0007, refused while the group scales (AS.2033, the one documented refusal). */
export function deleteHook(group: GroupState, name: string): { code?: AsErrorCode } {
  if (!group.hooks.has(name)) return { code: 'AS.0007' };
  if (isScaling(group)) return { code: 'AS.2033' };
  group.hooks.delete(name);
  return {};
}
