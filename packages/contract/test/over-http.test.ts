/**
 * The suite against `as-lifecycle-mock` over real HTTP on a free loopback port, set up through its
 * `/__mock/` control endpoints: once open, once enforcing AK/SK signatures (so that the
 * authentication checks run too).
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer, type MockServer } from '@as-lifecycle/msw/server';
import { afterAll, describe } from 'vitest';
import { defineContractSuite, mockServerProvider } from '../src/index';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const keys = { accessKey: 'CONTRACTAK', secretKey: 'contract-secret-key' };

// The servers start before the suites are defined: a suite needs its base URL when collected.
const servers: MockServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));
const start = async (options: Parameters<typeof createLifecycleMock>[0]) => {
  const server = await createMockServer(createLifecycleMock(options), { port: 0 });
  servers.push(server);
  return server;
};
const open = await start({ clock: 'virtual' });
const signed = await start({
  clock: 'virtual',
  auth: { keys: { [keys.accessKey]: { secretKey: keys.secretKey, projectId } } },
});

describe('over HTTP', () => {
  defineContractSuite({
    name: 'as-lifecycle-mock, open',
    target: { baseUrl: open.url, projectId },
    provider: mockServerProvider({ baseUrl: open.url }),
    seed: 20261129,
  });
  defineContractSuite({
    name: 'as-lifecycle-mock, AK/SK signatures enforced',
    target: { baseUrl: signed.url, projectId, credentials: keys },
    provider: mockServerProvider({ baseUrl: signed.url }),
    seed: 20261130,
  });
});
