/**
 * A provider puts an implementation into the states the stateful checks need: a scenario seeded,
 * instances launched into HANGING, the clock moved. Without one, those checks are skipped with the
 * reason; the stateless checks still run.
 */
import type { CreateLifecycleHookBody, InstanceHangingInfo } from '@as-lifecycle/types';

/**
 * A hook as a scenario declares it: the body that would create it.
 *
 * @example
 * const hook: ScenarioHook = {
 *   lifecycle_hook_name: 'launch',
 *   lifecycle_hook_type: 'INSTANCE_LAUNCHING',
 *   notification_topic_urn: 'urn:smn:cn-north-4:p:topic',
 * };
 */
export type ScenarioHook = CreateLifecycleHookBody;

/**
 * The state a check starts from: one project's scaling groups and their hooks. It is the scenario
 * format of `@as-lifecycle/msw` (and of `as-lifecycle-mock --scenario`), reduced to what the suite uses.
 *
 * @example
 * const scenario: ContractScenario = {
 *   project_id: 'p',
 *   scaling_groups: [{ scaling_group_id: 'g', lifecycle_hooks: [] }],
 * };
 */
export interface ContractScenario {
  project_id: string;
  scaling_groups: { scaling_group_id: string; lifecycle_hooks: ScenarioHook[] }[];
}

/**
 * An instance of a group and where it is in its lifecycle (`INSERVICE`, `PENDING_WAIT`, …).
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { mockProvider, type ProviderInstance } from '@as-lifecycle/contract/runner';
 *
 * const provider = mockProvider(createLifecycleMock({ clock: 'virtual' }));
 * await provider.seed({ project_id: 'p', scaling_groups: [{ scaling_group_id: 'g', lifecycle_hooks: [] }] });
 * await provider.scaleOut('p', 'g', 2);
 * const instances: ProviderInstance[] = await provider.instances('p', 'g');
 * // two instances, INSERVICE: the group has no launching hook to hold them
 */
export interface ProviderInstance {
  instance_id: string;
  lifecycle_state: string;
}

/**
 * What the stateful checks ask of an implementation.
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { type ContractProvider, mockProvider } from '@as-lifecycle/contract/runner';
 *
 * const provider: ContractProvider = mockProvider(createLifecycleMock({ clock: 'virtual' }));
 */
export interface ContractProvider {
  /** Named in reports. */
  readonly name: string;
  /** Replaces the state of the scenario's project with the scenario. */
  seed(scenario: ContractScenario): Promise<void>;
  /** Launches `count` instances into a group; answers the hanging records they got. */
  scaleOut(projectId: string, groupId: string, count: number): Promise<InstanceHangingInfo[]>;
  /** The group's instances and their lifecycle states. */
  instances(projectId: string, groupId: string): Promise<ProviderInstance[]>;
  /**
   * Moves the implementation's clock forward. Throws `ContractSkip` (or is absent) when its clock
   * cannot move; the checks of timeouts are then skipped.
   */
  advanceClock?(seconds: number): Promise<void>;
}
