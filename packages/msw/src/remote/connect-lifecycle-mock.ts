/**
 * A `LifecycleController` for a running `as-lifecycle-mock`: the same methods, async, over the
 * `/__mock/` control plane, so that a test written against the in-process mock runs against a
 * server by changing the line that makes its controller.
 */
import type { InstanceHangingInfo } from '@as-lifecycle/types';
import type { ControlRequest } from '../control-plane/control-plane';
import type { LifecycleController } from '../controller/lifecycle-controller';
import type { Fault } from '../core/faults';
import { controlBase } from './control-base';
import { type ControlFetch, type ControlTransport, controlRequest } from './control-request';

/** Each method of `T` answering a Promise of what it returns; objects of methods likewise. */
type Remote<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : Remote<T[K]>;
};

/**
 * The controller of a running `as-lifecycle-mock`: `LifecycleController`'s methods, each answering
 * a Promise of what the in-process one returns (`clock.*` too, as `Date`s).
 *
 * @example
 * import type { LifecycleController, RemoteLifecycleController } from '@as-lifecycle/msw';
 *
 * async function holdOne(controller: LifecycleController | RemoteLifecycleController, id: string) {
 *   return (await controller.launch(id)).lifecycle_action_key;
 * }
 */
export type RemoteLifecycleController = Remote<LifecycleController>;

/**
 * How `connectLifecycleMock` sends.
 *
 * @example
 * import type { ConnectLifecycleMockOptions } from '@as-lifecycle/msw';
 *
 * const options: ConnectLifecycleMockOptions = { timeoutMs: 2_000 };
 */
export interface ConnectLifecycleMockOptions {
  /** How long one control request may take, answer read included, in ms. Default 10 000. */
  timeoutMs?: number;
  /** The largest answer read, in bytes (`GET /__mock/state` can be large). Default 8 MiB. */
  maxBodyBytes?: number;
  /** The `fetch` to send with (a test's stub); default the global one. */
  fetch?: ControlFetch;
}

const MiB = 1024 * 1024;

/** A positive whole number of an option, or a TypeError saying what to give. */
function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(
      `connectLifecycleMock: ${name} must be a whole number >= 1, not ${String(value)}. Leave it out for the default (${fallback}).`,
    );
  }
  return value;
}

/** What `clock.set` sends: an ISO instant when it is one, else as given, for the server's message. */
function instantOf(instant: Date | string | number): string {
  if (typeof instant === 'string') return instant;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? String(instant) : date.toISOString();
}

/** The fault in the control plane's field names, with only the fields given. */
function faultBody(operationId: string, fault: Fault): ControlRequest<'POST /__mock/fail'> {
  const { times, code, status, delayMs, network } = fault;
  return {
    operation_id: operationId,
    ...(times === undefined ? {} : { times }),
    ...(code === undefined ? {} : { code }),
    ...(status === undefined ? {} : { status }),
    ...(delayMs === undefined ? {} : { delay_ms: delayMs }),
    ...(network === undefined ? {} : { network }),
  };
}

const inProject = (projectId: string | undefined) =>
  projectId === undefined ? {} : { project_id: projectId };

/**
 * Connects to a running `as-lifecycle-mock` at `baseUrl` (`http:` or `https:`; the `url` of
 * `createMockServer`): a controller with `LifecycleController`'s methods, each async. A refused call
 * rejects with `MockControlError` and the server's message; a failed exchange with
 * `MockTransportError`, naming the URL. Each request is bounded by `timeoutMs`, never follows a
 * redirect and reads at most `maxBodyBytes`.
 *
 * @example
 * import { connectLifecycleMock } from '@as-lifecycle/msw';
 *
 * const controller = connectLifecycleMock('http://127.0.0.1:4010', { timeoutMs: 5_000 });
 * const held = await controller.launch(groupId);
 * await controller.clock.advance(3600);
 * console.log((await controller.group(groupId)).resolved_hanging_info, held.lifecycle_action_key);
 */
export function connectLifecycleMock(
  baseUrl: string | URL,
  options: ConnectLifecycleMockOptions = {},
): RemoteLifecycleController {
  const transport: ControlTransport = {
    base: controlBase(baseUrl),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: positive('timeoutMs', options.timeoutMs, 10_000),
    maxBodyBytes: positive('maxBodyBytes', options.maxBodyBytes, 8 * MiB),
  };
  const at = async (answer: Promise<{ now: string }>) => new Date((await answer).now);
  return {
    async seed(scenario) {
      await controlRequest(transport, 'POST /__mock/seed', scenario);
    },
    launch: (groupId, projectId): Promise<InstanceHangingInfo> =>
      controlRequest(transport, 'POST /__mock/launch', {
        scaling_group_id: groupId,
        ...inProject(projectId),
      }),
    scaleOut: (groupId, count, projectId) =>
      controlRequest(transport, 'POST /__mock/scale', {
        scaling_group_id: groupId,
        scale_out: count,
        ...inProject(projectId),
      }),
    scaleIn: (groupId, instanceIds, projectId) =>
      controlRequest(transport, 'POST /__mock/scale', {
        scaling_group_id: groupId,
        scale_in: [...instanceIds],
        ...inProject(projectId),
      }),
    clock: {
      now: () => at(controlRequest(transport, 'GET /__mock/clock')),
      advance: (seconds) =>
        at(controlRequest(transport, 'POST /__mock/clock', { advance_seconds: seconds })),
      set: (instant) =>
        at(controlRequest(transport, 'POST /__mock/clock', { now: instantOf(instant) })),
    },
    group: (groupId, projectId) =>
      controlRequest(transport, 'POST /__mock/group', {
        scaling_group_id: groupId,
        ...inProject(projectId),
      }),
    snapshot: () => controlRequest(transport, 'GET /__mock/state'),
    requests: () => controlRequest(transport, 'GET /__mock/requests'),
    async fail(operationId, fault = {}) {
      await controlRequest(transport, 'POST /__mock/fail', faultBody(operationId, fault));
    },
    async deny(operationId) {
      await controlRequest(transport, 'POST /__mock/deny', { operation_id: operationId });
    },
    async allow(operationId) {
      await controlRequest(transport, 'POST /__mock/allow', { operation_id: operationId });
    },
    async throttle(limit) {
      await controlRequest(
        transport,
        'POST /__mock/throttle',
        limit === null ? {} : { per_second: limit.perSecond },
      );
    },
    async reset() {
      await controlRequest(transport, 'POST /__mock/reset');
    },
  };
}
