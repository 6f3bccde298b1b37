/** A read-only copy of the model, in the API's own field names. */
import type { LifecycleHook } from '@as-lifecycle/types';
import { formatInstant } from './clock';
import { hangingInfo } from './emulator';
import type { InstanceLifecycleState, ModelState } from './model';

export interface MockSnapshot {
  now: string;
  projects: {
    project_id: string;
    scaling_groups: {
      scaling_group_id: string;
      /** Whether an instance waits on a hook: hook changes are refused meanwhile. */
      scaling: boolean;
      lifecycle_hooks: LifecycleHook[];
      instances: { instance_id: string; lifecycle_state: InstanceLifecycleState }[];
      instance_hanging_info: ReturnType<typeof hangingInfo>[];
    }[];
  }[];
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

export function snapshotOf(state: ModelState): MockSnapshot {
  return deepFreeze({
    now: formatInstant(state.clock.now()),
    projects: [...state.projects].map(([project_id, groups]) => ({
      project_id,
      scaling_groups: [...groups.values()].map((group) => ({
        scaling_group_id: group.scaling_group_id,
        scaling: group.waiting > 0,
        lifecycle_hooks: [...group.hooks.values()].map((hook) => ({ ...hook })),
        instances: [...group.instances.values()].map(({ instance_id, lifecycle_state }) => ({
          instance_id,
          lifecycle_state,
        })),
        instance_hanging_info: [...group.hanging.values()].map(hangingInfo),
      })),
    })),
  });
}
