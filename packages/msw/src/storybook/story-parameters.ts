/**
 * `parameters.asLifecycle`: what a story gives its mock (a scenario, a clock, faults to queue,
 * credentials, IAM denials, a throttle, limits), read and checked before the mock is made.
 */
import type { OperationId } from '@as-lifecycle/types';
import type { AuthOptions } from '../core/auth';
import type { Fault } from '../core/faults';
import type { Scenario } from '../core/scenario-schema';
import type { LifecycleMockOptions } from '../create-lifecycle-mock';

/**
 * What a story's `parameters.asLifecycle` holds (on the story, its meta or the preview; Storybook
 * merges them). `false` says the story has no mock.
 *
 * @example
 * import type { LifecycleStoryParameters } from '@as-lifecycle/msw/storybook';
 *
 * const asLifecycle: LifecycleStoryParameters = {
 *   scenario: { project_id: 'p1', scaling_groups: [{ scaling_group_id: 'g1', lifecycle_hooks: [] }] },
 *   advance: 60,
 * };
 */
export interface LifecycleStoryParameters {
  /**
   * The scenarios to seed, or a function of the clock's start that makes them (so that timeouts
   * written relative to "now" stay right however late the story renders).
   */
  scenario: Scenario | readonly Scenario[] | ((now: Date) => Scenario | readonly Scenario[]);
  /** `'virtual'` (the default: starts when the story renders), `'real'`, or a virtual start instant. */
  clock?: 'real' | 'virtual' | { start: Date | string | number };
  /** Seconds to move the virtual clock on once seeded, before the story renders. */
  advance?: number;
  /** Faults queued before the story renders, in order (`mock.fail(operationId, fault)`). */
  faults?: readonly { operationId: OperationId | '*'; fault: Fault }[];
  /** Credentials the mock enforces; none by default. */
  auth?: AuthOptions;
  /** Operations refused as a fine-grained IAM policy would (400 AS.0031), as `mock.deny`. */
  deny?: LifecycleMockOptions['deny'];
  /** The API gateway's rate limit (429 APIG.0308 past it), as `mock.throttle`. */
  throttle?: LifecycleMockOptions['throttle'];
  /** The mock's bounds, e.g. an older edition's `defaultTimeoutMinimum: 300`. */
  limits?: LifecycleMockOptions['limits'];
  /** The base URLs the handlers answer for; by default any origin under `/autoscaling-api/`. */
  baseUrl?: string | readonly string[];
}

const known = new Set([
  'scenario',
  'clock',
  'advance',
  'faults',
  'auth',
  'deny',
  'throttle',
  'limits',
  'baseUrl',
]);

const refuse = (why: string): never => {
  throw new TypeError(`Failed to create the story's lifecycle mock: ${why}.`);
};

/**
 * The story's `parameters.asLifecycle`, checked: undefined when it is `false`. Throws a TypeError
 * naming the fix for anything else that is not a `LifecycleStoryParameters`.
 */
export function readStoryParameters(
  parameters: Record<string, unknown> | undefined,
): LifecycleStoryParameters | undefined {
  const given = parameters?.asLifecycle;
  if (given === false) return undefined;
  if (given === undefined || given === null) {
    return refuse(
      'the story has no parameters.asLifecycle; give the story (or its meta, or the preview) parameters: { asLifecycle: { scenario } }, or asLifecycle: false for a story without the mock',
    );
  }
  if (typeof given !== 'object' || Array.isArray(given)) {
    return refuse(
      'parameters.asLifecycle must be an object { scenario, clock?, advance?, faults?, auth?, deny?, throttle?, limits?, baseUrl? }, or false',
    );
  }
  const unknown = Object.keys(given).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    return refuse(
      `parameters.asLifecycle has ${unknown.map((k) => `"${k}"`).join(', ')}, which it does not know; use ${[...known].join(', ')}`,
    );
  }
  const story = given as Partial<LifecycleStoryParameters>;
  if (story.scenario === undefined || story.scenario === null) {
    return refuse(
      'parameters.asLifecycle has no scenario; give it one: asLifecycle: { scenario } (a scenario, an array of them, or (now) => scenario)',
    );
  }
  if (
    story.advance !== undefined &&
    (typeof story.advance !== 'number' || !Number.isFinite(story.advance) || story.advance < 0)
  ) {
    refuse('parameters.asLifecycle.advance must be a number of seconds, 0 or more');
  }
  if (story.faults !== undefined && !Array.isArray(story.faults)) {
    refuse('parameters.asLifecycle.faults must be an array of { operationId, fault }');
  }
  return story as LifecycleStoryParameters;
}

/** The options of the story's mock, and the instant its scenario function is given. */
export function mockOptionsOf(story: LifecycleStoryParameters): {
  options: LifecycleMockOptions;
  now: Date;
} {
  const { clock = 'virtual', scenario, auth, deny, throttle, limits, baseUrl } = story;
  const now = new Date(typeof clock === 'object' ? clock.start : Date.now());
  if (Number.isNaN(now.getTime())) refuse('parameters.asLifecycle.clock.start is not an instant');
  const scenarios = typeof scenario === 'function' ? scenario(now) : scenario;
  return {
    now,
    options: {
      scenario: scenarios,
      // A virtual clock starts at the instant the scenario function was given.
      clock: clock === 'real' ? 'real' : { start: now },
      ...(auth === undefined ? {} : { auth }),
      ...(deny === undefined ? {} : { deny }),
      ...(throttle === undefined ? {} : { throttle }),
      ...(limits === undefined ? {} : { limits }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
    },
  };
}
