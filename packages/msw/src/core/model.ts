/**
 * The mock's state: projects, their scaling groups, each group's hooks, instances and hanging
 * records, indexed so that every operation costs the same with 100 or 100,000 records.
 */
import type {
  LifecycleHook,
  LifecycleHookDefaultResult,
  LifecycleHookStatus,
  LifecycleHookType,
} from '@as-lifecycle/types';
import type { Clock } from './clock';
import { TimeoutQueue } from './timeout-queue';

/**
 * An instance's lifecycle state, as the group's instance list shows it. Not part of the seven
 * operations (so not in the spec); the values are the provider's.
 */
export type InstanceLifecycleState = (typeof instanceLifecycleStates)[number];

/** Every `InstanceLifecycleState`, for the schemas that describe it. */
export const instanceLifecycleStates = [
  'PENDING',
  'PENDING_WAIT',
  'INSERVICE',
  'REMOVING',
  'REMOVING_WAIT',
  'STANDBY',
  'ENTERING_STANDBY',
] as const;

/** One instance held by one hook. `timeoutAt` is in ms; the API shows it as `timeout`. */
export interface HangingRecord {
  instance_id: string;
  scaling_group_id: string;
  lifecycle_hook_name: string;
  lifecycle_action_key: string;
  lifecycle_hook_status: LifecycleHookStatus;
  default_result: LifecycleHookDefaultResult;
  timeoutAt: number;
  /** The kind of hook that holds it: launching or terminating. */
  hookType: LifecycleHookType;
}

/** How a record stopped hanging: a callback, its timeout's default result, or another hook's ABANDON. */
export type ResolvedBy = (typeof resolvedByValues)[number];

/** Every `ResolvedBy`, for the schemas that describe it. */
export const resolvedByValues = ['callback', 'timeout', 'sibling_abandon'] as const;

/** A record answered CONTINUE or ABANDON, kept for inspection after it leaves the list. */
export interface ResolvedRecord extends HangingRecord {
  resolvedBy: ResolvedBy;
  /** When it was answered, in ms. */
  resolvedAt: number;
}

/** The most answered records a group keeps for inspection; the oldest go first. */
export const MAX_RESOLVED_PER_GROUP = 1000;

export interface InstanceRecord {
  instance_id: string;
  lifecycle_state: InstanceLifecycleState;
  /** The action keys of the records that hold it in its current transition. */
  keys: string[];
}

export interface GroupState {
  projectId: string;
  scaling_group_id: string;
  /** By name, in creation order. */
  hooks: Map<string, LifecycleHook>;
  /** By id, in creation order. */
  instances: Map<string, InstanceRecord>;
  /** By action key, in creation order. */
  hanging: Map<string, HangingRecord>;
  /** The last answered records, by action key, oldest first (at most `MAX_RESOLVED_PER_GROUP`). */
  resolved: Map<string, ResolvedRecord>;
  /** The action key of the HANGING record of an instance and hook: `${instance}\n${hook}`. */
  byTarget: Map<string, string>;
  /** How many instances wait on a hook (PENDING_WAIT or REMOVING_WAIT): the group is scaling. */
  waiting: number;
}

export interface TimeoutEntry {
  at: number;
  group: GroupState;
  key: string;
}

export interface ModelState {
  clock: Clock;
  newId: () => string;
  projects: Map<string, Map<string, GroupState>>;
  timeouts: TimeoutQueue<TimeoutEntry>;
}

/** An empty model on a clock; `newId` makes action keys and instance ids (UUIDs by default). */
export function createModelState(
  clock: Clock,
  newId: () => string = () => crypto.randomUUID(),
): ModelState {
  return { clock, newId, projects: new Map(), timeouts: new TimeoutQueue() };
}

export const targetKey = (instanceId: string, hookName: string) => `${instanceId}\n${hookName}`;

/** The group, or undefined when the project has no such group. */
export function findGroup(
  state: ModelState,
  projectId: string,
  groupId: string,
): GroupState | undefined {
  return state.projects.get(projectId)?.get(groupId);
}

/** Adds an empty group (replacing one of the same id). */
export function addGroup(state: ModelState, projectId: string, groupId: string): GroupState {
  let groups = state.projects.get(projectId);
  if (!groups) {
    groups = new Map();
    state.projects.set(projectId, groups);
  }
  const group: GroupState = {
    projectId,
    scaling_group_id: groupId,
    hooks: new Map(),
    instances: new Map(),
    hanging: new Map(),
    resolved: new Map(),
    byTarget: new Map(),
    waiting: 0,
  };
  groups.set(groupId, group);
  return group;
}

const isWaiting = (state: InstanceLifecycleState | undefined) =>
  state === 'PENDING_WAIT' || state === 'REMOVING_WAIT';

/** Sets an instance's state (undefined removes it), keeping the group's count of waiting ones. */
export function setInstanceState(
  group: GroupState,
  instance: InstanceRecord,
  next: InstanceLifecycleState | undefined,
): void {
  const before = group.instances.has(instance.instance_id) ? instance.lifecycle_state : undefined;
  group.waiting += Number(isWaiting(next)) - Number(isWaiting(before));
  if (next === undefined) {
    group.instances.delete(instance.instance_id);
    return;
  }
  instance.lifecycle_state = next;
  group.instances.set(instance.instance_id, instance);
}

/** Whether the group is performing a scaling action: some instance waits on a hook. */
export const isScaling = (group: GroupState) => group.waiting > 0;
