/**
 * The controller in process: seed, scale, clock, inspect, fail and reset, acting directly on the
 * emulator's context (the same model, journal and faults the adapters answer from).
 */
import type { InstanceHangingInfo, OperationId } from '@as-lifecycle/types';
import type { Clock } from '../core/clock';
import { type HandlerContext, hangingInfo } from '../core/emulator';
import type { Fault } from '../core/faults';
import type { JournalEntry } from '../core/journal';
import { MAX_DEPTH, nestsDeeperThan } from '../core/json-depth';
import { applyDueTimeouts, scaleIn, scaleOut } from '../core/lifecycle';
import { createModelState, type GroupState } from '../core/model';
import type { Scenario } from '../core/scenario-schema';
import { ScenarioError, seedScenario } from '../core/seed';
import {
  type GroupSnapshot,
  groupSnapshotOf,
  type MockSnapshot,
  snapshotOf,
} from '../core/snapshot';
import type { ThrottleLimit } from '../core/throttle';
import {
  type LifecycleController,
  MAX_GROUP_INSTANCES,
  MAX_SCALE_OUT,
  MockControlError,
  type ScaleResult,
} from './lifecycle-controller';

/**
 * A copy of a scenario to seed and to keep for `reset()`, or `ScenarioError` when it cannot be kept:
 * nested deeper than the mock copies, or not plain data.
 */
function copyScenario(input: unknown): unknown {
  if (nestsDeeperThan(input)) {
    throw new ScenarioError([`the scenario nests deeper than ${MAX_DEPTH} levels`]);
  }
  try {
    return structuredClone(input);
  } catch (error) {
    throw new ScenarioError([`the scenario is not plain data (${(error as Error).message})`]);
  }
}

/** Runs a change of the mock's policy; a refusal (a TypeError naming the fix) as `MockControlError`. */
function asControlError(change: () => void): void {
  try {
    change();
  } catch (error) {
    throw error instanceof TypeError ? new MockControlError(error.message) : error;
  }
}

/** Ids for a message: the first five, and how many more. */
const listed = (ids: readonly string[]) =>
  ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;

/** What `reset()` restores besides the scenarios: the denials and throttle the mock was made with. */
export interface StartingPolicy {
  deny?: readonly (OperationId | '*')[] | undefined;
  throttle?: ThrottleLimit | undefined;
}

/**
 * The controller over `context`: `makeClock` gives the clock of a fresh state (at `reset()`), and
 * `scenarios` are seeded, and `policy` applied, now and again on every `reset()`.
 */
export function inProcessController(
  context: HandlerContext,
  makeClock: () => Clock,
  scenarios: readonly unknown[],
  policy: StartingPolicy = {},
): LifecycleController {
  const applyPolicy = () =>
    asControlError(() => {
      context.denials.clear();
      for (const operationId of policy.deny ?? []) context.denials.deny(operationId);
      context.throttle.set(policy.throttle ?? null);
    });
  applyPolicy();
  // The scenario `reset()` restores for each project: the last one seeded, copied when seeded.
  const kept = new Map<string, Scenario>();
  const seed = (input: unknown) => {
    // Copied first, so that a scenario that cannot be kept is refused before anything changes.
    const scenario = seedScenario(context.state, copyScenario(input));
    kept.set(scenario.project_id, scenario);
  };
  for (const scenario of scenarios) seed(scenario);

  const groupOf = (groupId: string, projectId?: string): GroupState => {
    for (const [project, groups] of context.state.projects) {
      if (projectId !== undefined && project !== projectId) continue;
      const group = groups.get(groupId);
      if (group) return group;
    }
    throw new MockControlError(
      `Failed to find scaling group "${groupId}". Seed it first with a scenario.`,
    );
  };
  const scaled = (
    group: GroupState,
    instances: { instance_id: string; lifecycle_state: string; keys: string[] }[],
  ): ScaleResult => ({
    instances: instances.map(({ instance_id, lifecycle_state }) => ({
      instance_id,
      lifecycle_state: group.instances.has(instance_id) ? lifecycle_state : 'REMOVED',
    })),
    instance_hanging_info: instances.flatMap((i) =>
      i.keys
        .map((key) => group.hanging.get(key))
        .filter((r) => r !== undefined)
        .map(hangingInfo),
    ),
  });

  const controller: LifecycleController = {
    /** Seeds a scenario, replacing the state of its project. Throws `ScenarioError`. */
    seed(scenario: Scenario): void {
      seed(scenario);
    },
    /** Launches `count` instances into a group; each is held by the group's launching hooks. */
    scaleOut(groupId: string, count: number, projectId?: string): ScaleResult {
      if (!Number.isInteger(count) || count < 1 || count > MAX_SCALE_OUT) {
        throw new MockControlError(
          `Failed to scale out: ${String(count)} is not a whole number from 1 to ${MAX_SCALE_OUT}. Scale out in several calls.`,
        );
      }
      applyDueTimeouts(context.state);
      const group = groupOf(groupId, projectId);
      if (group.instances.size + count > MAX_GROUP_INSTANCES) {
        throw new MockControlError(
          `Failed to scale out: group "${groupId}" has ${group.instances.size} instances, and a mock group holds at most ${MAX_GROUP_INSTANCES}. Scale in, or reset the mock.`,
        );
      }
      return scaled(group, scaleOut(context.state, group, count));
    },
    /**
     * Launches one instance and answers the record that holds it under the group's first launching
     * hook: the shortest way to a HANGING instance in a test. Throws `MockControlError`, and
     * launches nothing, when the group has no launching hook.
     */
    launch(groupId: string, projectId?: string): InstanceHangingInfo {
      const group = groupOf(groupId, projectId);
      const hooks = [...group.hooks.values()];
      if (!hooks.some((hook) => hook.lifecycle_hook_type === 'INSTANCE_LAUNCHING')) {
        throw new MockControlError(
          `Failed to launch into group "${groupId}": it has no INSTANCE_LAUNCHING hook, so nothing would hold the instance. Add a launching hook to the scenario, or call scaleOut.`,
        );
      }
      const [held] = controller.scaleOut(groupId, 1, projectId).instance_hanging_info;
      return held as NonNullable<typeof held>;
    },
    /** Removes in-service instances; each is held by the group's terminating hooks first. */
    scaleIn(groupId: string, instanceIds: readonly string[], projectId?: string): ScaleResult {
      if (!Array.isArray(instanceIds) || instanceIds.length > MAX_SCALE_OUT) {
        throw new MockControlError(
          `Failed to scale in: give a list of at most ${MAX_SCALE_OUT} instance ids. Scale in in several calls.`,
        );
      }
      applyDueTimeouts(context.state);
      const group = groupOf(groupId, projectId);
      const result = scaleIn(context.state, group, instanceIds);
      if ('refused' in result) {
        throw new MockControlError(
          `Failed to scale in: ${listed(result.refused)} ${result.refused.length === 1 ? 'is' : 'are'} not in service in group "${groupId}". Scale in only INSERVICE instances.`,
        );
      }
      return scaled(group, result.instances);
    },
    /** The mock's clock; `advance` and `set` need `clock: 'virtual'`. Due timeouts apply at once. */
    clock: {
      now: () => new Date(context.state.clock.now()),
      advance(seconds: number): Date {
        context.state.clock.advance(seconds);
        applyDueTimeouts(context.state);
        return new Date(context.state.clock.now());
      },
      set(instant: Date | string | number): Date {
        context.state.clock.set(instant);
        applyDueTimeouts(context.state);
        return new Date(context.state.clock.now());
      },
    },
    /** A read-only copy of the whole state. */
    snapshot(): MockSnapshot {
      applyDueTimeouts(context.state);
      return snapshotOf(context.state);
    },
    /**
     * A frozen copy of one group: its hooks, instances, what `listHookInstances` answers, and the
     * last 1000 records answered CONTINUE or ABANDON (`resolved_hanging_info`, with `resolved_by`).
     * Throws `MockControlError` when no seeded project has the group.
     */
    group(groupId: string, projectId?: string): GroupSnapshot {
      const group = groupOf(groupId, projectId);
      applyDueTimeouts(context.state);
      return groupSnapshotOf(group);
    },
    /** What the mock was asked, oldest first (the last 1000 requests). */
    requests: (): JournalEntry[] => context.journal.entries(),
    /** Makes the next calls of an operation (or of any, with `'*'`) fail, slow down, or never arrive. */
    fail(operationId: OperationId | '*', fault: Fault = {}): void {
      context.faults.add(operationId, fault);
    },
    /** Refuses an operation (or all, `'*'`) with AS.0031, as a fine-grained IAM policy would. */
    deny(operationId: OperationId | '*'): void {
      asControlError(() => context.denials.deny(operationId));
    },
    /** Lifts a refusal (all, with `'*'`). */
    allow(operationId: OperationId | '*'): void {
      asControlError(() => context.denials.allow(operationId));
    },
    /** Limits the calls per second of the mock clock (429 APIG.0308 past it); `null` lifts it. */
    throttle(limit: ThrottleLimit | null): void {
      asControlError(() => context.throttle.set(limit));
    },
    /** Restores the seeded scenarios, a fresh clock, no journal and no faults, and the starting policy. */
    reset(): void {
      context.state = createModelState(makeClock());
      context.journal.clear();
      context.faults.clear();
      applyPolicy();
      for (const scenario of kept.values()) seedScenario(context.state, scenario);
    },
  };
  return controller;
}
