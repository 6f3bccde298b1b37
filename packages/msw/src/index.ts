/**
 * A stateful, spec-validated mock of the Huawei Cloud Auto Scaling lifecycle-hook API, for MSW
 * (`setupServer` in Node and jsdom, `setupWorker` in browsers) and as an in-process `fetch`.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 *
 * const mock = createLifecycleMock({ scenario, clock: 'virtual' });
 * setupServer(...mock.handlers).listen();
 */

// The control plane of `as-lifecycle-mock`, for its clients.
export type {
  ControlAnswer,
  ControlEndpoint,
  ControlRequest,
} from './control-plane/control-plane';
// The mock.
export type { LifecycleController, ScaleResult } from './controller/lifecycle-controller';
export {
  MAX_GROUP_INSTANCES,
  MAX_SCALE_OUT,
  MockControlError,
} from './controller/lifecycle-controller';
// Its parts, for adapters and inspection.
export type { AuthOptions, TokenErrors } from './core/auth';
export { ClockError } from './core/clock';
export type { CoreRequest } from './core/emulator';
export type { Fault } from './core/faults';
export type { HookLimits } from './core/hooks';
export { iamActions } from './core/iam-actions';
export type { JournalEntry } from './core/journal';
export type { InstanceLifecycleState } from './core/model';
export type { CoreResponse } from './core/responses';
export type {
  Scenario,
  ScenarioHangingInstance,
  ScenarioScalingGroup,
} from './core/scenario-schema';
export { checkScenario, defineScenario } from './core/scenario-schema';
export { ScenarioError } from './core/seed';
export type { GroupSnapshot, MockSnapshot, ResolvedHangingInfo } from './core/snapshot';
export type { ThrottleLimit } from './core/throttle';
export type { LifecycleMock, LifecycleMockOptions } from './create-lifecycle-mock';
export { createLifecycleMock } from './create-lifecycle-mock';
export { legacyDefaultTimeoutMinimum } from './generated/timeout-limits';
// A running as-lifecycle-mock, controlled over its control plane.
export {
  type ConnectLifecycleMockOptions,
  connectLifecycleMock,
  type RemoteLifecycleController,
} from './remote/connect-lifecycle-mock';
export type { ControlFetch } from './remote/control-request';
export { MockTransportError } from './remote/control-request';
export { createLifecycleHttp, type LifecycleHttp } from './typed-http';
