/**
 * A group's hooks and hanging instances, loaded together, refreshed after each load by a timer
 * and on demand. Only the newest load is shown: an answer overtaken by a later request (an action's
 * reload, the user's Refresh) is dropped, whether it is data or a failure.
 */
import type { AutoScalingClient } from '@as-lifecycle/client';
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeFailure, type Failure } from './describe-failure';

export interface GroupState {
  hooks: LifecycleHook[] | undefined;
  hanging: InstanceHangingInfo[] | undefined;
  /** Why the newest load failed; the lists keep what the last good load showed. */
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
  const latest = useRef(0);

  const reload = useCallback(async () => {
    if (!group) return;
    latest.current += 1;
    const mine = latest.current;
    const params = { scaling_group_id: group };
    let failure: Failure | undefined;
    let data: [LifecycleHook[], InstanceHangingInfo[]] | undefined;
    try {
      const [listed, held] = await Promise.all([
        client.listLifecycleHooks(params),
        client.listHookInstances(params),
      ]);
      const error = listed.error ?? held.error;
      if (error) failure = describeFailure(`Load group ${group}`, error);
      else data = [listed.data?.lifecycle_hooks ?? [], held.data?.instance_hanging_info ?? []];
    } catch (error) {
      failure = describeFailure(`Load group ${group}`, error);
    }
    if (mine !== latest.current) return;
    setLoadFailure(failure);
    if (data) {
      setHooks(data[0]);
      setHanging(data[1]);
    }
  }, [client, group]);

  useEffect(() => {
    setHooks(undefined);
    setHanging(undefined);
    setLoadFailure(undefined);
    if (!group) return;
    // The next refresh is set when a load ends, so that loads never pile up behind a slow server.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const cycle = async () => {
      await reload();
      if (live) timer = setTimeout(() => void cycle(), refreshMs);
    };
    void cycle();
    return () => {
      live = false;
      clearTimeout(timer);
      latest.current += 1;
    };
  }, [group, refreshMs, reload]);

  return { hooks, hanging, loadFailure, reload };
}
