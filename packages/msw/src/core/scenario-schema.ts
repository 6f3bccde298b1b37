/**
 * The mock's scenario (its seed data) and its check against `scenario.schema.json`, with the
 * validator generated at build time.
 */
import type {
  CreateLifecycleHookBody,
  LifecycleHookDefaultResult,
  LifecycleHookStatus,
} from '@as-lifecycle/types';
import { type ValidationError, validateScenario } from '../generated/validators.js';

/** One instance held by one of the group's hooks; the mock fills in what is left out. */
export interface ScenarioHangingInstance {
  instance_id: string;
  /** One of the group's hooks. */
  lifecycle_hook_name: string;
  /** Default: a generated UUID. */
  lifecycle_action_key?: string;
  /** Default: `HANGING`. */
  lifecycle_hook_status?: LifecycleHookStatus;
  /** `YYYY-MM-DDThh:mm:ssZ`. Default: now plus the hook's `default_timeout`. */
  timeout?: string;
  /** Default: the hook's `default_result`. */
  default_result?: LifecycleHookDefaultResult;
}

/** A scaling group, its hooks (create bodies: create rules and defaults) and its hanging instances. */
export interface ScenarioScalingGroup {
  scaling_group_id: string;
  /** Default: none. */
  lifecycle_hooks?: CreateLifecycleHookBody[];
  /** Default: none. */
  instance_hanging_info?: ScenarioHangingInstance[];
}

/**
 * The seed data of the mock: one project's scaling groups, in the API's own field names.
 *
 * @example
 * const scenario: Scenario = {
 *   project_id: '0605767a3300d5762fb7c0186d9e1779',
 *   scaling_groups: [{ scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a', lifecycle_hooks: [], instance_hanging_info: [] }],
 * };
 */
export interface Scenario {
  /** The JSON Schema the file names, for editors; ignored. */
  $schema?: string;
  project_id: string;
  scaling_groups: ScenarioScalingGroup[];
}

/** A JSON pointer as a path an author reads: `/scaling_groups/0/project_id` → `scaling_groups[0].project_id`. */
function pathOf(pointer: string, property?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  if (property !== undefined) segments.push(property);
  const path = segments
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) =>
      /^\d+$/.test(segment)
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `.${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join('');
  return path === '' ? 'the scenario' : path.replace(/^\./, '');
}

/** One line per error, naming its path. */
function describe({ instancePath, keyword, params, message }: ValidationError): string {
  if (keyword === 'required') {
    return `${pathOf(instancePath, String(params.missingProperty))} is required`;
  }
  if (keyword === 'additionalProperties') {
    return `${pathOf(instancePath, String(params.additionalProperty))} is not a field of the scenario`;
  }
  if (keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value));
    return `${pathOf(instancePath)} must be one of ${allowed.join(', ')}`;
  }
  return `${pathOf(instancePath)} ${message ?? `breaks ${keyword}`}`;
}

/**
 * Checks a value against the scenario's JSON Schema. Each error is one line naming its path, as
 * `scaling_groups[0].lifecycle_hooks[1].default_timeout must be >= 60`. Rules across entries (unique
 * names and keys, hooks that exist) are the seeding's to check.
 *
 * @example
 * const checked = checkScenario(JSON.parse(text));
 * if (!checked.ok) throw new Error(checked.errors.join('\n'));
 */
export function checkScenario(
  value: unknown,
): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  if (validateScenario(value)) return { ok: true, scenario: value as Scenario };
  const errors = (validateScenario.errors ?? []).map(describe);
  return { ok: false, errors: errors.length > 0 ? errors : ['the scenario is invalid'] };
}
