/**
 * The control plane of `as-lifecycle-mock` (`/__mock/`), described once: each route's body and
 * answer schemas, and the controller method it calls. The HTTP server checks and dispatches with
 * it (`server/control.ts`), `control-plane.schema.json` is generated from it, and the request and
 * answer types below are derived from it, for any client of the control plane.
 */
import type { OperationId } from '@as-lifecycle/types';
import type { LifecycleController } from '../controller/lifecycle-controller';
import type { Fault } from '../core/faults';
import type { Scenario } from '../core/scenario-schema';
import {
  allowAnswer,
  denyAnswer,
  failAnswer,
  groupAnswer,
  journalAnswer,
  launchAnswer,
  nowAnswer,
  resetAnswer,
  scaleAnswer,
  seedAnswer,
  stateAnswer,
  throttleAnswer,
} from './answers';
import { clockBody, failBody, groupBody, operationBody, scaleBody, throttleBody } from './bodies';
import { described, type Schema } from './schema';

/** A route of the control plane: what it takes, what it answers, and what it does. */
export interface ControlRoute<B, BW, A> {
  readonly summary: string;
  /** The body's schema; none for a route that reads no body. */
  readonly body: Schema<B, BW> | undefined;
  readonly answer: Schema<A>;
  /** Carries the checked body out on a controller. */
  readonly call: (controller: LifecycleController, body: B) => A;
}

/** A route that takes a body. */
const route = <B, BW, A>(spec: ControlRoute<B, BW, A> & { body: Schema<B, BW> }) =>
  spec as ControlRoute<B, BW, A>;
/** A route that reads no body. */
const read = <A>(spec: Omit<ControlRoute<undefined, undefined, A>, 'body'>) =>
  ({ ...spec, body: undefined }) as ControlRoute<undefined, undefined, A>;

/** The control plane, by `METHOD path`. */
export const controlRoutes = {
  'POST /__mock/seed': route({
    summary: "Seeds a scenario, replacing its project's state (all or nothing).",
    // Checked against scenario.schema.json by the controller, which refuses it whole.
    body: described<Scenario>({ $ref: 'scenario.schema.json' }),
    answer: seedAnswer,
    call: (controller, scenario) => {
      controller.seed(scenario);
      return { project_id: scenario.project_id, seeded: true };
    },
  }),
  'POST /__mock/launch': route({
    summary:
      'Launches one instance into a group and answers the HANGING record of its first launching hook.',
    body: groupBody,
    answer: launchAnswer,
    call: (controller, body) => controller.launch(body.scaling_group_id, body.project_id),
  }),
  'POST /__mock/scale': route({
    summary: 'Scales a group out or in; each instance is held by its hooks.',
    body: scaleBody,
    answer: scaleAnswer,
    call: (controller, body) =>
      body.scale_out !== undefined
        ? controller.scaleOut(body.scaling_group_id, body.scale_out, body.project_id)
        : controller.scaleIn(body.scaling_group_id, body.scale_in, body.project_id),
  }),
  'POST /__mock/clock': route({
    summary: 'Moves a virtual clock forward, or sets it; due timeouts apply at once.',
    body: clockBody,
    answer: nowAnswer,
    call: (controller, body) => ({
      now: (body.advanceSeconds !== undefined
        ? controller.clock.advance(body.advanceSeconds)
        : controller.clock.set(body.now)
      ).toISOString(),
    }),
  }),
  'GET /__mock/clock': read({
    summary: 'The mock clock.',
    answer: nowAnswer,
    call: (controller) => ({ now: controller.clock.now().toISOString() }),
  }),
  'GET /__mock/state': read({
    summary: 'The whole state: every project, group, instance and record.',
    answer: stateAnswer,
    call: (controller) => controller.snapshot(),
  }),
  // A POST, not a GET: the server routes the control plane by path alone, without a query.
  'POST /__mock/group': route({
    summary: 'One group, with its answered records (a read: it changes nothing but due timeouts).',
    body: groupBody,
    answer: groupAnswer,
    call: (controller, body) => controller.group(body.scaling_group_id, body.project_id),
  }),
  'GET /__mock/requests': read({
    summary: 'What the mock was asked, oldest first.',
    answer: journalAnswer,
    call: (controller) => controller.requests(),
  }),
  'POST /__mock/fail': route({
    summary: 'Queues a fault for the next calls of an operation.',
    body: failBody,
    answer: failAnswer,
    call: (controller, { operationId = '*', ...fault }) => {
      // The controller checks the operation id and the code against the spec's lists.
      controller.fail(operationId as OperationId | '*', fault as Fault);
      return { queued: true };
    },
  }),
  'POST /__mock/deny': route({
    summary:
      "Refuses an operation ('*': every one) as a fine-grained IAM policy would: 400 AS.0031 naming its IAM action.",
    body: operationBody,
    answer: denyAnswer,
    call: (controller, { operation_id }) => {
      // The controller checks the operation id against the spec's list.
      controller.deny(operation_id as OperationId | '*');
      return { denied: true };
    },
  }),
  'POST /__mock/allow': route({
    summary: "Lifts the refusal of an operation ('*': every refusal).",
    body: operationBody,
    answer: allowAnswer,
    call: (controller, { operation_id }) => {
      controller.allow(operation_id as OperationId | '*');
      return { allowed: true };
    },
  }),
  'POST /__mock/throttle': route({
    summary:
      "Sets the API gateway's rate limit per second of the mock clock (429 APIG.0308 past it), or lifts it.",
    body: throttleBody,
    answer: throttleAnswer,
    call: (controller, { perSecond }) => {
      controller.throttle(perSecond === undefined ? null : { perSecond });
      return { throttled: perSecond !== undefined };
    },
  }),
  'POST /__mock/reset': route({
    summary:
      'Restores the seeded scenarios, a new clock, no journal, no faults, and the starting denials and throttle.',
    body: described<unknown>({ description: 'Any JSON, or nothing; ignored.' }),
    answer: resetAnswer,
    call: (controller) => {
      controller.reset();
      return { reset: true, now: controller.clock.now().toISOString() };
    },
  }),
} as const;

/**
 * A route of the control plane, as `METHOD path`.
 *
 * @example
 * import type { ControlEndpoint } from '@as-lifecycle/msw';
 *
 * const reset: ControlEndpoint = 'POST /__mock/reset';
 */
export type ControlEndpoint = keyof typeof controlRoutes;

type RouteOf<E extends ControlEndpoint> = (typeof controlRoutes)[E];

/**
 * The JSON body a control endpoint takes, in its own field names (`undefined`: none).
 *
 * @example
 * import type { ControlRequest } from '@as-lifecycle/msw';
 *
 * const scale: ControlRequest<'POST /__mock/scale'> = { scaling_group_id: 'g', scale_out: 2 };
 */
export type ControlRequest<E extends ControlEndpoint> =
  RouteOf<E> extends ControlRoute<infer _B, infer W, infer _A> ? W : never;

/**
 * The JSON a control endpoint answers with 200.
 *
 * @example
 * import type { ControlAnswer } from '@as-lifecycle/msw';
 *
 * const projects = (state: ControlAnswer<'GET /__mock/state'>) => state.projects.map((p) => p.project_id);
 */
export type ControlAnswer<E extends ControlEndpoint> =
  RouteOf<E> extends ControlRoute<infer _B, infer _W, infer A> ? A : never;

/** A control body once checked: what the route's controller call gets (fields renamed by `as`). */
export type CheckedBody<E extends ControlEndpoint> =
  RouteOf<E> extends ControlRoute<infer B, infer _W, infer _A> ? B : never;
