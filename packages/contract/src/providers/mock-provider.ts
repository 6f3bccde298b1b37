/** The provider for `@as-lifecycle/msw`'s mock in the same process: it calls the mock's controller. */
import type { InstanceHangingInfo } from '@as-lifecycle/types';
import { ContractSkip } from '../contract-errors';
import type { ContractProvider, ContractScenario, ProviderInstance } from '../provider';

/**
 * The parts of a `LifecycleMock` (from `createLifecycleMock`) the provider calls.
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import type { InProcessMock } from '@as-lifecycle/contract/runner';
 *
 * const mock: InProcessMock = createLifecycleMock({ clock: 'virtual' });
 */
export interface InProcessMock {
  seed(scenario: ContractScenario): void;
  scaleOut(
    groupId: string,
    count: number,
    projectId?: string,
  ): { instance_hanging_info: InstanceHangingInfo[] };
  clock: { advance(seconds: number): Date };
  snapshot(): {
    projects: {
      project_id: string;
      scaling_groups: { scaling_group_id: string; instances: ProviderInstance[] }[];
    }[];
  };
}

/**
 * A provider for the mock in process. Create the mock with `clock: 'virtual'` for the checks of
 * timeouts; with a real clock they are skipped.
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { defineContractSuite, mockProvider } from '@as-lifecycle/contract';
 *
 * const mock = createLifecycleMock({ clock: 'virtual' });
 * defineContractSuite({
 *   target: { baseUrl: 'https://as.example', projectId: 'p', fetch: (request) => mock.fetch(request) },
 *   provider: mockProvider(mock),
 * });
 */
export function mockProvider(mock: InProcessMock): ContractProvider {
  return {
    name: 'the mock in process',
    async seed(scenario) {
      mock.seed(scenario);
    },
    async scaleOut(projectId, groupId, count) {
      return mock.scaleOut(groupId, count, projectId).instance_hanging_info;
    },
    async instances(projectId, groupId) {
      const project = mock.snapshot().projects.find((p) => p.project_id === projectId);
      const group = project?.scaling_groups.find((g) => g.scaling_group_id === groupId);
      return group?.instances ?? [];
    },
    async advanceClock(seconds) {
      try {
        mock.clock.advance(seconds);
      } catch (error) {
        if ((error as Error).name === 'ClockError') {
          throw new ContractSkip(
            `the mock's clock cannot move (${(error as Error).message}); create it with clock: 'virtual'`,
          );
        }
        throw error;
      }
    },
  };
}
