/** A group's hooks and hanging instances, loaded together, refreshed on a timer and on demand. */
import type { AutoScalingClient } from '@as-lifecycle/client';
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeFailure, type Failure } from './describe-failure';

export interface GroupState {
  hooks: LifecycleHook[] | undefined;
  hanging: InstanceHangingInfo[] | undefined;
  /** Why the last load failed; the lists keep what the last good load showed. */
  loadFailure: Failure | undefined;
  /** Loads both lists again now. */
  reload: () => Promise<void>;
}

export function useLifecycle(
  client: AutoScalingClient,
  group: string,
  refreshMs: number,
): GroupState {
  const [hooks, setHooks] = useState<LifecycleHook[]>();
  const [hanging, setHanging] = useState<InstanceHangingInfo[]>();
  const [loadFailure, setLoadFailure] = useState<Failure>();
  // Answers for a group no longer shown are dropped.
  const shown = useRef(group);
  shown.current = group;

  const reload = useCallback(async () => {
    if (!group) return;
    const params = { scaling_group_id: group };
    const [listed, held] = await Promise.all([
      client.listLifecycleHooks(params),
      client.listHookInstances(params),
    ]);
    if (shown.current !== group) return;
    const error = listed.error ?? held.error;
    if (error) {
      setLoadFailure(describeFailure(`Load group ${group}`, error));
      return;
    }
    setLoadFailure(undefined);
    setHooks(listed.data?.lifecycle_hooks ?? []);
    setHanging(held.data?.instance_hanging_info ?? []);
  }, [client, group]);

  useEffect(() => {
    setHooks(undefined);
    setHanging(undefined);
    setLoadFailure(undefined);
    if (!group) return;
    void reload();
    const timer = setInterval(() => void reload(), refreshMs);
    return () => clearInterval(timer);
  }, [group, refreshMs, reload]);

  return { hooks, hanging, loadFailure, reload };
}
