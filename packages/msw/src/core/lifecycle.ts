/**
 * What happens to instances: held by hooks when the group scales, released by a callback or by
 * their timeout's default result, then in service or gone.
 */
import type { LifecycleActionResult, LifecycleHookType } from '@as-lifecycle/types';
import { EXTEND_MS } from './instant-range';
import {
  type GroupState,
  type HangingRecord,
  type InstanceRecord,
  MAX_RESOLVED_PER_GROUP,
  type ModelState,
  type ResolvedBy,
  setInstanceState,
  type TimeoutEntry,
  targetKey,
} from './model';

/** Holds an instance under every hook of a type; answers whether any hook held it. */
export function hold(
  state: ModelState,
  group: GroupState,
  instance: InstanceRecord,
  type: LifecycleHookType,
): boolean {
  const now = state.clock.now();
  instance.keys = [];
  for (const hook of group.hooks.values()) {
    if (hook.lifecycle_hook_type !== type) continue;
    addRecord(state, group, instance, {
      instance_id: instance.instance_id,
      scaling_group_id: group.scaling_group_id,
      lifecycle_hook_name: hook.lifecycle_hook_name,
      lifecycle_action_key: state.newId(),
      lifecycle_hook_status: 'HANGING',
      default_result: hook.default_result,
      timeoutAt: now + hook.default_timeout * 1000,
      hookType: type,
    });
  }
  return instance.keys.length > 0;
}

/** Adds a hanging record to a group and its instance, queued for its timeout when HANGING. */
export function addRecord(
  state: ModelState,
  group: GroupState,
  instance: InstanceRecord,
  record: HangingRecord,
): void {
  group.hanging.set(record.lifecycle_action_key, record);
  instance.keys.push(record.lifecycle_action_key);
  if (record.lifecycle_hook_status === 'HANGING') {
    group.byTarget.set(
      targetKey(record.instance_id, record.lifecycle_hook_name),
      record.lifecycle_action_key,
    );
    state.timeouts.push({ at: record.timeoutAt, group, key: record.lifecycle_action_key });
    if (state.timeouts.crowded) dropStaleTimeouts(state);
  }
}

/**
 * Whether a queued timeout still matters: its record is HANGING in a group the state still has. A
 * group replaced by a new seed, or a record answered, leaves its entry stale.
 */
const isLive = (state: ModelState, { group, key }: TimeoutEntry) =>
  state.projects.get(group.projectId)?.get(group.scaling_group_id) === group &&
  group.hanging.get(key)?.lifecycle_hook_status === 'HANGING';

/**
 * Drops the stale entries of the timeout queue, so that neither answered records nor the groups of
 * a replaced seed are kept alive by it (on a virtual clock nobody advances, they never come due).
 */
export function dropStaleTimeouts(state: ModelState): void {
  state.timeouts.retain((entry) => isLive(state, entry));
}

/** The HANGING record a callback targets: the key wins over instance id + hook name. */
export function findTarget(
  group: GroupState,
  target: { lifecycle_action_key?: string; instance_id?: string; lifecycle_hook_name?: string },
): HangingRecord | undefined {
  const key =
    target.lifecycle_action_key ??
    group.byTarget.get(targetKey(target.instance_id ?? '', target.lifecycle_hook_name ?? ''));
  const record = key === undefined ? undefined : group.hanging.get(key);
  return record?.lifecycle_hook_status === 'HANGING' ? record : undefined;
}

/** Who answered a record, and when (ms). */
export interface Answer {
  by: ResolvedBy;
  at: number;
}

/**
 * Applies a result to a HANGING record: EXTEND moves its timeout one hour later; CONTINUE and
 * ABANDON resolve it and let its instance move on.
 */
export function applyResult(
  group: GroupState,
  record: HangingRecord,
  result: LifecycleActionResult,
  answer: Answer,
): void {
  if (result === 'EXTEND') {
    // The queued entry stays; when it comes due it is queued again at the new instant, so that a
    // record never has more than one entry however often it is extended.
    record.timeoutAt += EXTEND_MS;
    return;
  }
  resolve(group, record, result, answer);
  const instance = group.instances.get(record.instance_id);
  if (instance) progress(group, instance, answer.at);
}

/** Sets a record's final status, and keeps a copy of it (the last `MAX_RESOLVED_PER_GROUP`). */
function resolve(
  group: GroupState,
  record: HangingRecord,
  result: 'CONTINUE' | 'ABANDON',
  answer: Answer,
): void {
  record.lifecycle_hook_status = result;
  group.byTarget.delete(targetKey(record.instance_id, record.lifecycle_hook_name));
  group.resolved.set(record.lifecycle_action_key, {
    ...record,
    resolvedBy: answer.by,
    resolvedAt: answer.at,
  });
  if (group.resolved.size > MAX_RESOLVED_PER_GROUP) {
    group.resolved.delete(group.resolved.keys().next().value as string);
  }
}

/**
 * Moves an instance on once its hooks allow: an ABANDON ends the transition at once (a launching
 * instance is terminated; a terminating one skips its remaining hooks); otherwise it waits until
 * every hook answered CONTINUE. Its records leave the list when the transition ends.
 */
export function progress(group: GroupState, instance: InstanceRecord, now: number): void {
  const records = instance.keys.map((key) => group.hanging.get(key)).filter((r) => r !== undefined);
  const abandoned = records.some((r) => r.lifecycle_hook_status === 'ABANDON');
  if (!abandoned && records.some((r) => r.lifecycle_hook_status === 'HANGING')) return;
  for (const record of records) {
    if (record.lifecycle_hook_status === 'HANGING') {
      resolve(group, record, 'ABANDON', { by: 'sibling_abandon', at: now });
    }
    group.hanging.delete(record.lifecycle_action_key);
  }
  instance.keys = [];
  const launching = instance.lifecycle_state === 'PENDING_WAIT';
  setInstanceState(group, instance, launching && !abandoned ? 'INSERVICE' : undefined);
}

/** Applies the default result of every record whose timeout has passed, each exactly once. */
export function applyDueTimeouts(state: ModelState): number {
  const now = state.clock.now();
  let applied = 0;
  for (let entry = state.timeouts.popDue(now); entry; entry = state.timeouts.popDue(now)) {
    if (!isLive(state, entry)) continue;
    const record = entry.group.hanging.get(entry.key) as HangingRecord;
    if (record.timeoutAt > entry.at) {
      state.timeouts.push({ ...entry, at: record.timeoutAt }); // extended since it was queued
      continue;
    }
    applyResult(entry.group, record, record.default_result, {
      by: 'timeout',
      at: record.timeoutAt,
    });
    applied += 1;
  }
  return applied;
}

/** Launches `count` instances into the group, each held by its launching hooks. */
export function scaleOut(state: ModelState, group: GroupState, count: number): InstanceRecord[] {
  const launched: InstanceRecord[] = [];
  for (let i = 0; i < count; i++) {
    const instance: InstanceRecord = {
      instance_id: state.newId(),
      lifecycle_state: 'PENDING',
      keys: [],
    };
    setInstanceState(group, instance, 'PENDING');
    const held = hold(state, group, instance, 'INSTANCE_LAUNCHING');
    setInstanceState(group, instance, held ? 'PENDING_WAIT' : 'INSERVICE');
    launched.push(instance);
  }
  return launched;
}

/**
 * Removes in-service instances, each held by the terminating hooks first. Answers the instances,
 * or the ids that cannot be removed (unknown, or not in service).
 */
export function scaleIn(
  state: ModelState,
  group: GroupState,
  ids: readonly string[],
): { instances: InstanceRecord[] } | { refused: string[] } {
  const unique = [...new Set(ids)];
  const refused = unique.filter((id) => group.instances.get(id)?.lifecycle_state !== 'INSERVICE');
  if (refused.length > 0) return { refused };
  const instances = unique.map((id) => group.instances.get(id) as InstanceRecord);
  for (const instance of instances) {
    const held = hold(state, group, instance, 'INSTANCE_TERMINATING');
    setInstanceState(group, instance, held ? 'REMOVING_WAIT' : undefined);
  }
  return { instances };
}
