/**
 * `createLifecycleMock`: the controller (seed, scale, clock, inspect, fail, reset) over the
 * emulator, with its adapters attached: MSW handlers (`adapters/msw-handlers.ts`), an in-process
 * `fetch` (`adapters/fetch.ts`), and the raw `handle` the HTTP server (`server/`) calls.
 */
import type { InstanceHangingInfo, OperationId } from '@as-lifecycle/types';
import type { HttpHandler } from 'msw';
import { mockFetch } from './adapters/fetch';
import { mswHandlers } from './adapters/msw-handlers';
import type { AuthOptions } from './core/auth';
import { createClock } from './core/clock';
import { type CoreRequest, type HandlerContext, handle, hangingInfo } from './core/emulator';
import { type Fault, FaultBook } from './core/faults';
import { Journal, type JournalEntry } from './core/journal';
import { MAX_DEPTH, nestsDeeperThan } from './core/json-depth';
import { applyDueTimeouts, scaleIn, scaleOut } from './core/lifecycle';
import { createModelState, type GroupState } from './core/model';
import type { CoreResponse } from './core/responses';
import type { Scenario } from './core/scenario-schema';
import { ScenarioError, seedScenario } from './core/seed';
import {
  type GroupSnapshot,
  groupSnapshotOf,
  type MockSnapshot,
  snapshotOf,
} from './core/snapshot';

export interface LifecycleMockOptions {
  /** Scenarios to seed now and on every `reset()`. */
  scenario?: Scenario | readonly Scenario[];
  /** `'real'` (default), `'virtual'` (starts now), or a virtual clock's start instant. */
  clock?: 'real' | 'virtual' | { start: Date | string | number };
  /** Credentials to enforce; none by default. */
  auth?: AuthOptions;
  /**
   * The base URLs the MSW handlers answer for. Default: any origin, on paths under
   * `/autoscaling-api/` (every region endpoint, a proxy, a mock server URL).
   */
  baseUrl?: string | readonly string[];
}

/** What scaling a group did: the instances it touched and their hanging records. */
export interface ScaleResult {
  instances: { instance_id: string; lifecycle_state: string }[];
  instance_hanging_info: InstanceHangingInfo[];
}

/**
 * What a test drives the mock with: seed, scale, time, inspect, fail, reset. The in-process mock
 * implements it; so will a client of `as-lifecycle-mock`'s control plane, with the same names.
 *
 * @example
 * import type { LifecycleController } from '@as-lifecycle/msw';
 *
 * function holdOne(controller: LifecycleController, groupId: string) {
 *   return controller.launch(groupId).lifecycle_action_key;
 * }
 */
export interface LifecycleController {
  /** Seeds a scenario, replacing the state of its project (all or nothing). Throws `ScenarioError`. */
  seed(scenario: Scenario): void;
  /** Launches one instance and answers the `HANGING` record of its first launching hook. */
  launch(groupId: string, projectId?: string): InstanceHangingInfo;
  /** Launches `count` instances into a group; each is held by the group's launching hooks. */
  scaleOut(groupId: string, count: number, projectId?: string): ScaleResult;
  /** Removes in-service instances; each is held by the group's terminating hooks first. */
  scaleIn(groupId: string, instanceIds: readonly string[], projectId?: string): ScaleResult;
  /** The mock's clock; `advance` and `set` need a virtual clock. Due timeouts apply at once. */
  readonly clock: {
    now(): Date;
    advance(seconds: number): Date;
    set(instant: Date | string | number): Date;
  };
  /** One group, frozen, with its answered records. Throws `MockControlError` for an unknown group. */
  group(groupId: string, projectId?: string): GroupSnapshot;
  /** The whole state, frozen. */
  snapshot(): MockSnapshot;
  /** What the mock was asked, oldest first (the last 1000 requests). */
  requests(): JournalEntry[];
  /** Makes the next calls of an operation (or of any, with `'*'`) fail, slow down, or never arrive. */
  fail(operationId: OperationId | '*', fault?: Fault): void;
  /** Restores the seeded scenarios, a new clock, no journal and no faults. */
  reset(): void;
}

/**
 * The most instances one `scaleOut` launches: a call that big answers in tens of milliseconds, so
 * that one control request cannot stall every other test sharing the mock.
 */
export const MAX_SCALE_OUT = 1000;

/** The most instances a group of the mock holds, so that scaling out in a loop has a bound. */
export const MAX_GROUP_INSTANCES = 100_000;

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

/** Ids for a message: the first five, and how many more. */
const listed = (ids: readonly string[]) =>
  ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;

/** Thrown by the controller when asked something impossible; the message says how to fix it. */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';
}

/**
 * A stateful mock of the lifecycle-hook API.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 *
 * const mock = createLifecycleMock({ scenario, clock: 'virtual' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const [instance] = mock.scaleOut(groupId, 1).instances;
 * mock.clock.advance(3600); // the launching hook's default result applies
 */
export function createLifecycleMock(options: LifecycleMockOptions = {}): LifecycleMock {
  const virtual = options.clock !== undefined && options.clock !== 'real';
  const start = typeof options.clock === 'object' ? options.clock.start : undefined;
  const makeClock = () =>
    createClock(virtual ? { virtual: true, ...(start === undefined ? {} : { start }) } : {});
  const context: HandlerContext = {
    state: createModelState(makeClock()),
    auth: options.auth,
    faults: new FaultBook(),
    journal: new Journal(),
  };
  // The scenario `reset()` restores for each project: the last one seeded, copied when seeded.
  const scenarios = new Map<string, Scenario>();
  const seed = (input: unknown) => {
    // Copied first, so that a scenario that cannot be kept is refused before anything changes.
    const scenario = seedScenario(context.state, copyScenario(input));
    scenarios.set(scenario.project_id, scenario);
  };
  for (const scenario of ([] as unknown[]).concat(options.scenario ?? [])) seed(scenario);

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

  const answer = (request: CoreRequest): Promise<CoreResponse> => handle(context, request);
  const mock: LifecycleMock = {
    /** Answers a request: what the adapters call. */
    handle: answer,
    /** An in-process `fetch(input, init)` served by the mock, without MSW or a network. */
    fetch: mockFetch(answer),
    /** MSW handlers, for `setupServer` (Node) or `setupWorker` (browsers). */
    handlers: mswHandlers(options.baseUrl, answer),
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
      const [held] = mock.scaleOut(groupId, 1, projectId).instance_hanging_info;
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
    /** Restores the seeded scenarios, a fresh clock, no journal and no faults. */
    reset(): void {
      context.state = createModelState(makeClock());
      context.journal.clear();
      context.faults.clear();
      for (const scenario of scenarios.values()) seedScenario(context.state, scenario);
    },
  };
  return mock;
}

/**
 * The mock returned by `createLifecycleMock`: its controller, and the ways to reach its API.
 *
 * @example
 * import { createLifecycleMock, type LifecycleMock } from '@as-lifecycle/msw';
 *
 * const mock: LifecycleMock = createLifecycleMock({ clock: 'virtual' });
 * const answer = await mock.fetch('https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/p/scaling_lifecycle_hook/g/list');
 */
export interface LifecycleMock extends LifecycleController {
  /** Answers a request: what the adapters call. */
  handle(request: CoreRequest): Promise<CoreResponse>;
  /** An in-process `fetch(input, init)` served by the mock, without MSW or a network. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** MSW handlers, for `setupServer` (Node) or `setupWorker` (browsers). */
  readonly handlers: HttpHandler[];
}
