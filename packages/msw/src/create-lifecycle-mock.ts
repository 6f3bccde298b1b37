/**
 * `createLifecycleMock`: the controller in process (`controller/`) over the emulator, with its
 * adapters attached: MSW handlers (`adapters/msw-handlers.ts`), an in-process `fetch`
 * (`adapters/fetch.ts`), and the raw `handle` the HTTP server (`server/`) calls.
 */
import type { OperationId } from '@as-lifecycle/types';
import type { HttpHandler } from 'msw';
import { mockFetch } from './adapters/fetch';
import { mswHandlers } from './adapters/msw-handlers';
import { inProcessController } from './controller/in-process-controller';
import type { LifecycleController } from './controller/lifecycle-controller';
import type { AuthOptions } from './core/auth';
import { createClock } from './core/clock';
import { Denials } from './core/denials';
import { type CoreRequest, type HandlerContext, handle } from './core/emulator';
import { FaultBook } from './core/faults';
import { checkHookLimits, type HookLimits } from './core/hooks';
import { Journal } from './core/journal';
import { createModelState } from './core/model';
import type { CoreResponse } from './core/responses';
import type { Scenario } from './core/scenario-schema';
import { checkThrottleLimit, Throttle, type ThrottleLimit } from './core/throttle';

/**
 * How to create a mock: its scenarios, its clock, its credentials and the URLs it answers for.
 *
 * @example
 * import type { LifecycleMockOptions } from '@as-lifecycle/msw';
 *
 * const options: LifecycleMockOptions = { clock: { start: '2026-01-01T00:00:00Z' } };
 */
export interface LifecycleMockOptions {
  /** Scenarios to seed now and on every `reset()`. */
  scenario?: Scenario | readonly Scenario[];
  /** `'real'` (default), `'virtual'` (starts now), or a virtual clock's start instant. */
  clock?: 'real' | 'virtual' | { start: Date | string | number };
  /**
   * Credentials to enforce; none by default. A refused token answers the API gateway's 401 flat body
   * unless `tokenErrors: 'service'` asks for AS.0005 / AS.0006.
   */
  auth?: AuthOptions;
  /**
   * Operations refused from the start (and again after `reset()`) as a fine-grained IAM policy
   * would: 400 AS.0031 naming the operation's IAM action. See `mock.deny`.
   */
  deny?: readonly (OperationId | '*')[];
  /** The API gateway's rate limit from the start (and after `reset()`). See `mock.throttle`. */
  throttle?: ThrottleLimit;
  /**
   * Bounds beyond the spec's, to answer as an older edition does: `{ defaultTimeoutMinimum: 300 }`
   * refuses a `default_timeout` of 60–299 with AS.7030 (`legacyDefaultTimeoutMinimum`).
   */
  limits?: HookLimits;
  /**
   * The base URLs the MSW handlers answer for. Default: any origin, on paths under
   * `/autoscaling-api/` (every region endpoint, a proxy, a mock server URL).
   */
  baseUrl?: string | readonly string[];
}

/**
 * A stateful mock of the lifecycle-hook API.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 *
 * const mock = createLifecycleMock({ scenario, clock: 'virtual' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * const [instance] = mock.scaleOut(groupId, 1).instances;
 * mock.clock.advance(3600); // the launching hook's default result applies
 */
export function createLifecycleMock(options: LifecycleMockOptions = {}): LifecycleMock {
  const virtual = options.clock !== undefined && options.clock !== 'real';
  const start = typeof options.clock === 'object' ? options.clock.start : undefined;
  const makeClock = () =>
    createClock(virtual ? { virtual: true, ...(start === undefined ? {} : { start }) } : {});
  const limits = { ...options.limits };
  checkHookLimits(limits);
  if (options.throttle !== undefined) checkThrottleLimit(options.throttle);
  const context: HandlerContext = {
    state: createModelState(makeClock()),
    auth: options.auth,
    faults: new FaultBook(),
    journal: new Journal(),
    denials: new Denials(),
    throttle: new Throttle(),
    limits,
  };
  const controller = inProcessController(
    context,
    makeClock,
    ([] as unknown[]).concat(options.scenario ?? []),
    { deny: options.deny, throttle: options.throttle },
  );
  const answer = (request: CoreRequest): Promise<CoreResponse> => handle(context, request);
  return {
    ...controller,
    handle: answer,
    fetch: mockFetch(answer),
    handlers: mswHandlers(options.baseUrl, answer),
  };
}

/**
 * The mock returned by `createLifecycleMock`: its controller, and the ways to reach its API.
 *
 * @example
 * import { createLifecycleMock, type LifecycleMock } from '@as-lifecycle/msw';
 *
 * const mock: LifecycleMock = createLifecycleMock({ clock: 'virtual' });
 * const answer = await mock.fetch('https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/p/scaling_lifecycle_hook/g/list');
 */
export interface LifecycleMock extends LifecycleController {
  /** Answers a request: what the adapters call. */
  handle(request: CoreRequest): Promise<CoreResponse>;
  /** An in-process `fetch(input, init)` served by the mock, without MSW or a network. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** MSW handlers, for `setupServer` (Node) or `setupWorker` (browsers). */
  readonly handlers: HttpHandler[];
}
