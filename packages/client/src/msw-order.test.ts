import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, expect, test } from 'vitest';
import { hook, ids } from '../test/helpers';
import { createAutoScalingClient } from './create-client';

const endpoint = 'https://as.cn-north-4.myhuaweicloud.com';
const server = setupServer(
  http.get(
    `${endpoint}/autoscaling-api/v1/:projectId/scaling_lifecycle_hook/:groupId/list`,
    ({ params }) =>
      HttpResponse.json({
        lifecycle_hooks: [{ ...hook, lifecycle_hook_name: String(params.groupId) }],
      }),
  ),
);
afterEach(() => server.close());

const makeClient = () =>
  createAutoScalingClient({
    region: 'cn-north-4',
    projectId: ids.project,
    credentials: { token: 't' },
  });

test('a client created before MSW starts is still intercepted', async () => {
  const client = makeClient();
  server.listen({ onUnhandledRequest: 'error' });
  const { data, error } = await client.listLifecycleHooks({ scaling_group_id: 'made-before' });
  expect(error).toBeUndefined();
  expect(data?.lifecycle_hooks[0]?.lifecycle_hook_name).toBe('made-before');
});

test('a client created after MSW starts is intercepted', async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const { data } = await makeClient().listLifecycleHooks({ scaling_group_id: 'made-after' });
  expect(data?.lifecycle_hooks[0]?.lifecycle_hook_name).toBe('made-after');
});
