/**
 * What a test drives the mock with, whatever reaches it: the `LifecycleController` interface, what
 * scaling answers, the error it throws for an impossible request, and its bounds.
 */
import type { InstanceHangingInfo, OperationId } from '@as-lifecycle/types';
import type { Fault } from '../core/faults';
import type { JournalEntry } from '../core/journal';
import type { Scenario } from '../core/scenario-schema';
import type { GroupSnapshot, MockSnapshot } from '../core/snapshot';
import type { ThrottleLimit } from '../core/throttle';

/**
 * What scaling a group did: the instances it touched and their hanging records.
 *
 * @example
 * import type { ScaleResult } from '@as-lifecycle/msw';
 *
 * const held = (result: ScaleResult) => result.instance_hanging_info.map((i) => i.instance_id);
 */
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
  /**
   * Refuses an operation (or every one, with `'*'`) from now on as a fine-grained IAM policy would:
   * 400 AS.0031 "Policy doesn't allow [as:…] to be performed." naming the operation's IAM action
   * (`iamActions`). Until `allow` or `reset`.
   */
  deny(operationId: OperationId | '*'): void;
  /** Lifts the refusal of an operation, or every refusal with `'*'`. */
  allow(operationId: OperationId | '*'): void;
  /**
   * Limits the calls the API gateway lets through per second of the mock's clock: past the limit, a
   * call gets 429 APIG.0308 in the gateway's flat body; `null` lifts the limit.
   */
  throttle(limit: ThrottleLimit | null): void;
  /**
   * Restores the seeded scenarios, a new clock, no journal, no faults, and the denials and throttle
   * the mock was created with.
   */
  reset(): void;
}

/**
 * The most instances one `scaleOut` launches: a call that big answers in tens of milliseconds, so
 * that one control request cannot stall every other test sharing the mock.
 *
 * @example
 * import { MAX_SCALE_OUT } from '@as-lifecycle/msw';
 *
 * const calls = (instances: number) => Math.ceil(instances / MAX_SCALE_OUT);
 */
export const MAX_SCALE_OUT = 1000;

/**
 * The most instances a group of the mock holds, so that scaling out in a loop has a bound.
 *
 * @example
 * import { MAX_GROUP_INSTANCES } from '@as-lifecycle/msw';
 *
 * const room = (held: number) => MAX_GROUP_INSTANCES - held;
 */
export const MAX_GROUP_INSTANCES = 100_000;

/**
 * Thrown by the controller when asked something impossible; the message says how to fix it.
 *
 * @example
 * import { MockControlError } from '@as-lifecycle/msw';
 *
 * const impossible = (error: unknown) => error instanceof MockControlError;
 */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';
}
