/**
 * A `LifecycleMock` that forwards every call to the mock put in it last: what a worker's server
 * serves, so that each test gets a fresh mock behind the same URL.
 */
import type { LifecycleMock } from '../create-lifecycle-mock';

/** The forwarding mock and the way to change what it forwards to. */
export interface SwitchableMock {
  /** Forwards to the current mock; hand it to `createMockServer` once. */
  readonly mock: LifecycleMock;
  /** The mock that answers from now on. */
  serve(next: LifecycleMock): void;
}

export function switchableMock(initial: LifecycleMock): SwitchableMock {
  let current = initial;
  const mock: LifecycleMock = {
    handle: (request) => current.handle(request),
    fetch: (input, init) => current.fetch(input, init),
    get handlers() {
      return current.handlers;
    },
    seed: (scenario) => current.seed(scenario),
    launch: (groupId, projectId) => current.launch(groupId, projectId),
    scaleOut: (groupId, count, projectId) => current.scaleOut(groupId, count, projectId),
    scaleIn: (groupId, ids, projectId) => current.scaleIn(groupId, ids, projectId),
    clock: {
      now: () => current.clock.now(),
      advance: (seconds) => current.clock.advance(seconds),
      set: (instant) => current.clock.set(instant),
    },
    group: (groupId, projectId) => current.group(groupId, projectId),
    snapshot: () => current.snapshot(),
    requests: () => current.requests(),
    fail: (operationId, fault) => current.fail(operationId, fault),
    deny: (operationId) => current.deny(operationId),
    allow: (operationId) => current.allow(operationId),
    throttle: (limit) => current.throttle(limit),
    reset: () => current.reset(),
  };
  return {
    mock,
    serve(next) {
      current = next;
    },
  };
}
