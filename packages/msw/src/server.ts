/**
 * The mock over real HTTP, for Node: `createMockServer` and the pieces of the `as-lifecycle-mock` CLI.
 *
 * @example
 * import { createLifecycleMock } from '@as-lifecycle/msw';
 * import { createMockServer } from '@as-lifecycle/msw/server';
 *
 * const server = await createMockServer(createLifecycleMock({ scenario }), { port: 0 });
 */
export type { MockServer, MockServerOptions } from './server/create-mock-server';
export { createMockServer, MAX_BODY_BYTES } from './server/create-mock-server';
export type { MockCliIo } from './server/run-mock-cli';
export { mockUsage, startMockCli } from './server/run-mock-cli';
