import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { base, ids, scenario } from '../test/fixtures';
import { createLifecycleMock } from './create-lifecycle-mock';

const mock = createLifecycleMock({ scenario, clock: 'virtual' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

test('setupServer serves the mock on the region endpoints and any custom base URL', async () => {
  for (const origin of [
    'https://as.cn-north-4.myhuaweicloud.com',
    'https://as.ap-southeast-1.myhwclouds.com',
    'http://127.0.0.1:4010/proxy',
  ]) {
    const response = await fetch(
      `${origin}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`,
    );
    expect(response.status).toBe(200);
    expect((await response.json()).instance_hanging_info).toHaveLength(1);
  }
});

test('a network fault becomes a failed fetch under MSW', async () => {
  mock.fail('listLifecycleHooks', { network: true });
  await expect(fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`)).rejects.toThrow();
});
