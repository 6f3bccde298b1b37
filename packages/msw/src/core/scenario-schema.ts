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

/**
 * One instance held by one of the group's hooks; the mock fills in what is left out.
 *
 * @example
 * import type { ScenarioHangingInstance } from '@as-lifecycle/msw';
 *
 * const held: ScenarioHangingInstance = {
 *   instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
 *   lifecycle_hook_name: 'hook-launch',
 *   timeout: '2026-01-01T00:10:00Z',
 * };
 */
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

/**
 * A scaling group, its hooks (create bodies: create rules and defaults) and its hanging instances.
 *
 * @example
 * import type { ScenarioScalingGroup } from '@as-lifecycle/msw';
 *
 * const quiet: ScenarioScalingGroup = { scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a' };
 */
export interface ScenarioScalingGroup {
  scaling_group_id: string;
  /** Default: none. */
  lifecycle_hooks?: readonly CreateLifecycleHookBody[];
  /** Default: none. */
  instance_hanging_info?: readonly ScenarioHangingInstance[];
}

/**
 * The seed data of the mock: one project's scaling groups, in the API's own field names. Write one
 * with `defineScenario` (or `satisfies Scenario`), so that its enum fields keep their literal types.
 *
 * @example
 * import type { Scenario } from '@as-lifecycle/msw';
 *
 * const scenario: Scenario = {
 *   project_id: '0605767a3300d5762fb7c0186d9e1779',
 *   scaling_groups: [{ scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a', lifecycle_hooks: [], instance_hanging_info: [] }],
 * };
 */
export interface Scenario {
  /** The JSON Schema the file names, for editors; ignored. */
  $schema?: string;
  project_id: string;
  scaling_groups: readonly ScenarioScalingGroup[];
}

/**
 * `T`, where a field that `Shape` does not have must be of a type that names the mistake, so that
 * a misspelt field fails to compile where it is written (a generic argument gets no excess
 * property check of its own).
 */
type Exactly<T, Shape> = T extends readonly unknown[]
  ? { [I in keyof T]: Exactly<T[I], Shape extends readonly (infer S)[] ? S : never> }
  : T extends object
    ? {
        [K in keyof T]: K extends keyof Shape
          ? Exactly<T[K], NonNullable<Shape[K]>>
          : `${K & string} is not a field of the scenario`;
      }
    : T;

/**
 * Returns the scenario as given, typed as written: enum fields keep their literal types (so a
 * `'INSTANCE_LAUNCHING'` is not widened to `string`), and the arrays are tuples, so that
 * `scenario.scaling_groups[0].scaling_group_id` is a string even under `noUncheckedIndexedAccess`.
 * A field the scenario does not have, or a value of a type the API does not accept (a hook type
 * that is not one), fails to compile here; rules within a type (a `default_timeout` under 60) are
 * checked when the mock seeds it. Generic code that already holds a `Scenario` passes it as it is.
 *
 * @example
 * import { createLifecycleMock, defineScenario } from '@as-lifecycle/msw';
 *
 * const scenario = defineScenario({
 *   project_id: '0605767a3300d5762fb7c0186d9e1779',
 *   scaling_groups: [
 *     {
 *       scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
 *       lifecycle_hooks: [
 *         {
 *           lifecycle_hook_name: 'hook-launch',
 *           lifecycle_hook_type: 'INSTANCE_LAUNCHING',
 *           notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
 *         },
 *       ],
 *     },
 *   ],
 * });
 * const mock = createLifecycleMock({ scenario, clock: 'virtual' });
 * const groupId = scenario.scaling_groups[0].scaling_group_id;
 */
export function defineScenario<const T extends Scenario>(scenario: T & Exactly<T, Scenario>): T {
  return scenario;
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
 * import { readFileSync } from 'node:fs';
 * import { checkScenario, createLifecycleMock } from '@as-lifecycle/msw';
 *
 * const checked = checkScenario(JSON.parse(readFileSync('scenario.json', 'utf8')));
 * if (!checked.ok) throw new Error(checked.errors.join('\n'));
 * const mock = createLifecycleMock({ scenario: checked.scenario });
 */
export function checkScenario(
  value: unknown,
): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  if (validateScenario(value)) return { ok: true, scenario: value as Scenario };
  const errors = (validateScenario.errors ?? []).map(describe);
  return { ok: false, errors: errors.length > 0 ? errors : ['the scenario is invalid'] };
}
