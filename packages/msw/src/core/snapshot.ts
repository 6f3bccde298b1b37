/** A read-only copy of the model, in the API's own field names. */
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { formatInstant } from './clock';
import { hangingInfo } from './emulator';
import type {
  GroupState,
  InstanceLifecycleState,
  ModelState,
  ResolvedBy,
  ResolvedRecord,
} from './model';

/**
 * A record that stopped hanging: its final `lifecycle_hook_status` (`CONTINUE` or `ABANDON`), who
 * answered it and when. The API's list no longer shows it once its instance moved on; the mock
 * keeps the last 1000 of each group for tests to assert on.
 *
 * @example
 * import type { ResolvedHangingInfo } from '@as-lifecycle/msw';
 *
 * const timedOut = (info: ResolvedHangingInfo) => info.resolved_by === 'timeout';
 */
export type ResolvedHangingInfo = Omit<InstanceHangingInfo, 'lifecycle_hook_status'> & {
  lifecycle_hook_status: 'CONTINUE' | 'ABANDON';
  /** `callback`, `timeout` (the hook's `default_result`), or `sibling_abandon` (another hook of the instance was abandoned). */
  resolved_by: ResolvedBy;
  /** When, `YYYY-MM-DDThh:mm:ssZ`: for a timeout, the record's `timeout`. */
  resolved_at: string;
};

/**
 * One scaling group as the mock holds it, in the API's own field names.
 *
 * @example
 * import type { GroupSnapshot } from '@as-lifecycle/msw';
 *
 * const inService = (group: GroupSnapshot) =>
 *   group.instances.filter((i) => i.lifecycle_state === 'INSERVICE').length;
 */
export interface GroupSnapshot {
  project_id: string;
  scaling_group_id: string;
  /** Whether an instance waits on a hook: deleting a hook is refused meanwhile (AS.2033). */
  scaling: boolean;
  lifecycle_hooks: LifecycleHook[];
  /** The instances in the group; a terminated one (scaled in, or abandoned at launch) is gone. */
  instances: { instance_id: string; lifecycle_state: InstanceLifecycleState }[];
  /** What `listHookInstances` answers: the records of the instances still in a transition. */
  instance_hanging_info: InstanceHangingInfo[];
  /** The last 1000 records answered CONTINUE or ABANDON (by a callback, a timeout…), oldest first. */
  resolved_hanging_info: ResolvedHangingInfo[];
}

/**
 * A frozen copy of the whole state.
 *
 * @example
 * import type { MockSnapshot } from '@as-lifecycle/msw';
 *
 * const groupIds = (snapshot: MockSnapshot) =>
 *   snapshot.projects.flatMap((p) => p.scaling_groups.map((g) => g.scaling_group_id));
 */
export interface MockSnapshot {
  now: string;
  projects: {
    project_id: string;
    scaling_groups: GroupSnapshot[];
  }[];
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

const resolvedInfo = (record: ResolvedRecord): ResolvedHangingInfo => ({
  ...hangingInfo(record),
  lifecycle_hook_status: record.lifecycle_hook_status === 'CONTINUE' ? 'CONTINUE' : 'ABANDON',
  resolved_by: record.resolvedBy,
  resolved_at: formatInstant(record.resolvedAt),
});

const copyOf = (group: GroupState): GroupSnapshot => ({
  project_id: group.projectId,
  scaling_group_id: group.scaling_group_id,
  scaling: group.waiting > 0,
  lifecycle_hooks: [...group.hooks.values()].map((hook) => ({ ...hook })),
  instances: [...group.instances.values()].map(({ instance_id, lifecycle_state }) => ({
    instance_id,
    lifecycle_state,
  })),
  instance_hanging_info: [...group.hanging.values()].map(hangingInfo),
  resolved_hanging_info: [...group.resolved.values()].map(resolvedInfo),
});

/** A frozen copy of one group. */
export const groupSnapshotOf = (group: GroupState): GroupSnapshot => deepFreeze(copyOf(group));

export function snapshotOf(state: ModelState): MockSnapshot {
  return deepFreeze({
    now: formatInstant(state.clock.now()),
    projects: [...state.projects].map(([project_id, groups]) => ({
      project_id,
      scaling_groups: [...groups.values()].map(copyOf),
    })),
  });
}
