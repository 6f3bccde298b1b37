/** The states the checks seed: groups and hooks the suite owns, in the target's project. */
import type { ContractScenario, ScenarioHook } from '../provider';
import { type CheckContext, needProvider } from './check';

/** The scaling groups the suite seeds; each check replaces the project's state with its own. */
export const contractGroups = {
  main: 'a5c0a7ac-0000-4000-8000-000000000001',
  other: 'a5c0a7ac-0000-4000-8000-000000000002',
} as const;

/** A topic in the project (its id when it can stand in a URN, a placeholder otherwise). */
export const topicOf = (projectId: string) =>
  `urn:smn:cn-north-4:${/^[A-Za-z0-9]+$/.test(projectId) ? projectId : 'contract'}:as-lifecycle-contract`;

/** A hook of the seeded groups. */
export function hook(
  context: CheckContext,
  name: string,
  type: 'INSTANCE_LAUNCHING' | 'INSTANCE_TERMINATING' = 'INSTANCE_LAUNCHING',
  more: Partial<ScenarioHook> = {},
): ScenarioHook {
  return {
    lifecycle_hook_name: name,
    lifecycle_hook_type: type,
    notification_topic_urn: topicOf(context.sender.projectId),
    ...more,
  };
}

/** The scenario with `main` (and optionally `other`) holding these hooks. */
export function scenario(
  context: CheckContext,
  main: ScenarioHook[],
  other?: ScenarioHook[],
): ContractScenario {
  return {
    project_id: context.sender.projectId,
    scaling_groups: [
      { scaling_group_id: contractGroups.main, lifecycle_hooks: main },
      ...(other ? [{ scaling_group_id: contractGroups.other, lifecycle_hooks: other }] : []),
    ],
  };
}

/** A group id no implementation has: the same for a seed, different across seeds. */
export const missingGroup = (context: CheckContext) =>
  `a5c0a7ac-dead-4000-8000-${(context.seed >>> 0).toString(16).padStart(12, '0')}`;

/** Seeds `main` with one launching hook, `contract-launch` (3600 s, default ABANDON). */
export async function seedLaunching(context: CheckContext): Promise<string> {
  const provider = needProvider(context, 'launch instances into HANGING');
  const name = 'contract-launch';
  await provider.seed(
    scenario(context, [hook(context, name, 'INSTANCE_LAUNCHING', { default_timeout: 3600 })]),
  );
  return name;
}
