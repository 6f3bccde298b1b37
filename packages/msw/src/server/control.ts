/**
 * The control endpoints under `/__mock/`, as `control-plane/control-plane.ts` describes them: each
 * takes and answers JSON; a wrong request gets 400 with a one-line message that says how to fix it.
 */

import {
  type ControlEndpoint,
  type ControlRoute,
  controlRoutes,
} from '../control-plane/control-plane';
import { ControlBodyError } from '../control-plane/schema';
import type { LifecycleController } from '../controller/lifecycle-controller';
import { MAX_DEPTH, nestsDeeperThan } from '../core/json-depth';
import { errorBody } from '../core/responses';

export interface ControlReply {
  status: number;
  body: unknown;
}

/** The control endpoints, for the usage text. */
export const controlEndpoints = Object.keys(controlRoutes) as ControlEndpoint[];

const routeOf = (key: string): ControlRoute<unknown, unknown, unknown> | undefined =>
  Object.hasOwn(controlRoutes, key)
    ? (controlRoutes[key as ControlEndpoint] as ControlRoute<unknown, unknown, unknown>)
    : undefined;

/** Answers a control request; every answer is JSON. */
export function control(
  controller: LifecycleController,
  method: string,
  path: string,
  text: string,
  contentType?: string,
): ControlReply {
  const route = routeOf(`${method} ${path}`);
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
    // Before any check: a schema walks what it checks, and nothing may walk a hostile depth.
    if (nestsDeeperThan(body)) {
      throw new ControlBodyError(`the body nests deeper than ${MAX_DEPTH} levels`);
    }
    // The body is checked whole before the controller is called, so a refusal changes nothing.
    const checked = route.body?.check(body);
    return { status: 200, body: route.call(controller, checked) ?? {} };
  } catch (error) {
    const message =
      error instanceof SyntaxError
        ? `the body is not JSON: ${error.message}`
        : (error as Error).message;
    return { status: 400, body: errorBody('MOCK.BAD_REQUEST', { message }) };
  }
}
