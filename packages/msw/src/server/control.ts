/**
 * The control endpoints under `/__mock/`: seed, scale, clock, state, requests, fail, reset. Each
 * takes and answers JSON; a wrong request gets 400 with a one-line message that says how to fix it.
 */
import type { OperationId } from '@as-lifecycle/types';
import type { Fault } from '../core/faults';
import { MAX_DEPTH, nestsDeeperThan } from '../core/json-depth';
import { errorBody } from '../core/responses';
import type { LifecycleMock } from '../create-lifecycle-mock';

export interface ControlAnswer {
  status: number;
  body: unknown;
}

/** A control request that cannot be carried out; the message is the answer. */
class ControlError extends Error {}

const record = (value: unknown, what: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ControlError(`${what} must be a JSON object`);
  }
  return value as Record<string, unknown>;
};

const optionalString = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  if (value !== undefined && typeof value !== 'string')
    throw new ControlError(`${name} must be a string`);
  return value as string | undefined;
};

type Route = (mock: LifecycleMock, body: unknown) => unknown;

const routes: Record<string, Route> = {
  'POST /__mock/seed': (mock, body) => {
    mock.seed(body as never);
    const scenario = record(body, 'the scenario');
    return { project_id: scenario.project_id, seeded: true };
  },
  'POST /__mock/scale': (mock, input) => {
    const body = record(input, 'the scale request');
    const group = optionalString(body, 'scaling_group_id');
    if (!group) throw new ControlError('scaling_group_id is required');
    const project = optionalString(body, 'project_id');
    if (body.scale_out !== undefined && body.scale_in === undefined) {
      if (typeof body.scale_out !== 'number') throw new ControlError('scale_out must be a number');
      return mock.scaleOut(group, body.scale_out as number, project);
    }
    if (
      Array.isArray(body.scale_in) &&
      body.scale_out === undefined &&
      body.scale_in.every((id) => typeof id === 'string')
    ) {
      return mock.scaleIn(group, body.scale_in, project);
    }
    throw new ControlError('give either scale_out (a count) or scale_in (a list of instance ids)');
  },
  'POST /__mock/clock': (mock, input) => {
    const body = record(input, 'the clock request');
    if (typeof body.advance_seconds === 'number' && body.now === undefined) {
      return { now: mock.clock.advance(body.advance_seconds).toISOString() };
    }
    if (typeof body.now === 'string' && body.advance_seconds === undefined) {
      return { now: mock.clock.set(body.now).toISOString() };
    }
    throw new ControlError('give either advance_seconds (a number) or now (an ISO instant)');
  },
  'GET /__mock/clock': (mock) => ({ now: mock.clock.now().toISOString() }),
  'GET /__mock/state': (mock) => mock.snapshot(),
  'GET /__mock/requests': (mock) => mock.requests(),
  'POST /__mock/fail': (mock, input) => {
    const body = record(input, 'the fault');
    const operation = optionalString(body, 'operation_id') ?? '*';
    const fault: Fault = {};
    if (body.times !== undefined) fault.times = body.times as number;
    if (body.code !== undefined) fault.code = body.code as never;
    if (body.status !== undefined) fault.status = body.status as number;
    if (body.delay_ms !== undefined) fault.delayMs = body.delay_ms as number;
    if (body.network !== undefined) fault.network = body.network === true;
    mock.fail(operation as OperationId | '*', fault);
    return { queued: true };
  },
  'POST /__mock/reset': (mock) => {
    mock.reset();
    return { reset: true, now: mock.clock.now().toISOString() };
  },
};

/** The control endpoints, for the usage text. */
export const controlEndpoints = Object.keys(routes);

/** Answers a control request; every answer is JSON. */
export function control(
  mock: LifecycleMock,
  method: string,
  path: string,
  text: string,
  contentType?: string,
): ControlAnswer {
  const route = routes[`${method} ${path}`];
  if (!route) {
    return {
      status: 404,
      body: errorBody('MOCK.NOT_FOUND', {
        message: `No control endpoint ${method} ${path}. Use one of: ${controlEndpoints.join(', ')}.`,
      }),
    };
  }
  // Every POST, empty or not, must say it is JSON: a browser sends that Content-Type only after a
  // CORS preflight, which this server never grants, so that no web page a developer visits can
  // reseed or reset a mock on their machine with a form post or a no-cors fetch.
  if (method === 'POST' && !/^application\/json\s*(;|$)/i.test(contentType ?? '')) {
    return {
      status: 415,
      body: errorBody('MOCK.BAD_REQUEST', {
        message:
          'control requests must be sent with Content-Type: application/json, even with no body',
      }),
    };
  }
  try {
    let body: unknown;
    if (method === 'POST' && text.trim() !== '') body = JSON.parse(text);
    if (nestsDeeperThan(body)) {
      throw new ControlError(`the body nests deeper than ${MAX_DEPTH} levels`);
    }
    return { status: 200, body: route(mock, body) ?? {} };
  } catch (error) {
    const message =
      error instanceof SyntaxError
        ? `the body is not JSON: ${error.message}`
        : (error as Error).message;
    return { status: 400, body: errorBody('MOCK.BAD_REQUEST', { message }) };
  }
}
