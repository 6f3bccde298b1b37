/**
 * Seeds the model from a scenario: the project's groups, their hooks (create rules and defaults)
 * and their hanging instances (each field optional, derived from its hook).
 */
import { MAX_HOOKS, newHook } from './hooks';
import { addRecord, dropStaleTimeouts, progress } from './lifecycle';
import {
  addGroup,
  type InstanceRecord,
  type ModelState,
  setInstanceState,
  targetKey,
} from './model';
import { checkScenario, type Scenario } from './scenario-schema';
import { TimeoutQueue } from './timeout-queue';

/** A scenario that cannot be seeded; `errors` has one line per problem, each naming its path. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly errors: string[];

  constructor(errors: string[]) {
    super(
      `Failed to seed the scenario: ${errors.join('; ')}. Fix the scenario (its JSON Schema is scenario.schema.json).`,
    );
    this.errors = errors;
  }
}

/**
 * Replaces the state of the scenario's project with the scenario. Throws `ScenarioError` and
 * changes nothing when the scenario is wrong: it is built aside and swapped in whole.
 */
export function seedScenario(target: ModelState, input: unknown): Scenario {
  const checked = checkScenario(input);
  if (!checked.ok) throw new ScenarioError(checked.errors);
  const { scenario } = checked;
  const problems: string[] = [];
  const state: ModelState = { ...target, projects: new Map(), timeouts: new TimeoutQueue() };
  const now = state.clock.now();
  for (const [g, entry] of scenario.scaling_groups.entries()) {
    if (state.projects.get(scenario.project_id)?.has(entry.scaling_group_id)) {
      problems.push(
        `scaling_groups[${g}].scaling_group_id "${entry.scaling_group_id}" is listed twice`,
      );
    }
    const group = addGroup(state, scenario.project_id, entry.scaling_group_id);
    for (const [h, body] of (entry.lifecycle_hooks ?? []).entries()) {
      if (group.hooks.has(body.lifecycle_hook_name)) {
        problems.push(
          `scaling_groups[${g}].lifecycle_hooks[${h}].lifecycle_hook_name "${body.lifecycle_hook_name}" is taken`,
        );
      }
      group.hooks.set(body.lifecycle_hook_name, newHook(body, now));
    }
    if (group.hooks.size > MAX_HOOKS)
      problems.push(`scaling_groups[${g}].lifecycle_hooks has more than ${MAX_HOOKS} hooks`);
    for (const [i, info] of (entry.instance_hanging_info ?? []).entries()) {
      const where = `scaling_groups[${g}].instance_hanging_info[${i}]`;
      const hook = group.hooks.get(info.lifecycle_hook_name);
      if (!hook) {
        problems.push(
          `${where}.lifecycle_hook_name "${info.lifecycle_hook_name}" is not a hook of the group`,
        );
        continue;
      }
      const key = info.lifecycle_action_key ?? state.newId();
      if (group.hanging.has(key)) problems.push(`${where}.lifecycle_action_key "${key}" is taken`);
      const waiting =
        hook.lifecycle_hook_type === 'INSTANCE_LAUNCHING' ? 'PENDING_WAIT' : 'REMOVING_WAIT';
      const instance: InstanceRecord = group.instances.get(info.instance_id) ?? {
        instance_id: info.instance_id,
        lifecycle_state: waiting,
        keys: [],
      };
      const target = targetKey(info.instance_id, hook.lifecycle_hook_name);
      if (group.byTarget.has(target) && (info.lifecycle_hook_status ?? 'HANGING') === 'HANGING') {
        problems.push(
          `${where} holds ${info.instance_id} under ${hook.lifecycle_hook_name} a second time`,
        );
      }
      if (instance.lifecycle_state !== waiting) {
        problems.push(
          `${where} holds ${info.instance_id} under both a launching and a terminating hook`,
        );
        continue;
      }
      setInstanceState(group, instance, waiting);
      addRecord(state, group, instance, {
        instance_id: info.instance_id,
        scaling_group_id: group.scaling_group_id,
        lifecycle_hook_name: hook.lifecycle_hook_name,
        lifecycle_action_key: key,
        lifecycle_hook_status: info.lifecycle_hook_status ?? 'HANGING',
        default_result: info.default_result ?? hook.default_result,
        timeoutAt:
          info.timeout === undefined ? now + hook.default_timeout * 1000 : Date.parse(info.timeout),
        hookType: hook.lifecycle_hook_type,
      });
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  // An instance whose seeded records are all resolved moves on now, as it would have then.
  for (const group of state.projects.get(scenario.project_id)?.values() ?? []) {
    for (const instance of [...group.instances.values()]) progress(group, instance, now);
  }
  target.projects.set(scenario.project_id, state.projects.get(scenario.project_id) ?? new Map());
  // The replaced groups' queued timeouts go with them: nothing may keep a replaced state alive.
  dropStaleTimeouts(target);
  for (
    let entry = state.timeouts.popDue(Number.POSITIVE_INFINITY);
    entry;
    entry = state.timeouts.popDue(Number.POSITIVE_INFINITY)
  ) {
    target.timeouts.push(entry);
  }
  return scenario;
}
