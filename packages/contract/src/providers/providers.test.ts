import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer } from '@as-lifecycle/msw/server';
import { expect, test } from 'vitest';
import { ContractSkip, ContractUsageError } from '../contract-errors';
import { mockProvider } from './mock-provider';
import { MockServerControlError, mockServerProvider } from './mock-server-provider';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const group = 'a5c0a7ac-0000-4000-8000-000000000001';
const scenario = {
  project_id: projectId,
  scaling_groups: [
    {
      scaling_group_id: group,
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING' as const,
          notification_topic_urn: `urn:smn:cn-north-4:${projectId}:t`,
        },
      ],
    },
  ],
};

test('both providers seed, launch into HANGING and read instances the same way', async () => {
  const server = await createMockServer(createLifecycleMock({ clock: 'virtual' }), { port: 0 });
  try {
    const providers = [
      mockProvider(createLifecycleMock({ clock: 'virtual' })),
      mockServerProvider({ baseUrl: server.url }),
    ];
    for (const provider of providers) {
      await provider.seed(scenario);
      const [held] = await provider.scaleOut(projectId, group, 1);
      expect(held).toMatchObject({ scaling_group_id: group, lifecycle_hook_status: 'HANGING' });
      expect(await provider.instances(projectId, group)).toEqual([
        { instance_id: held?.instance_id, lifecycle_state: 'PENDING_WAIT' },
      ]);
      await provider.advanceClock?.(3601);
      // The hook's default ABANDON terminated the launch.
      expect(await provider.instances(projectId, group)).toEqual([]);
    }
  } finally {
    await server.close();
  }
});

test('a real clock makes the timeout checks skip, with how to fix it', async () => {
  const server = await createMockServer(createLifecycleMock(), { port: 0 });
  try {
    await expect(mockServerProvider({ baseUrl: server.url }).advanceClock?.(1)).rejects.toThrow(
      new ContractSkip(
        'the mock server\'s clock cannot move (POST /__mock/clock answered 400: Failed to advance the clock: it is the real one. Create the mock with { clock: "virtual" }.); start it with --clock virtual',
      ),
    );
    await expect(mockProvider(createLifecycleMock()).advanceClock?.(1)).rejects.toBeInstanceOf(
      ContractSkip,
    );
  } finally {
    await server.close();
  }
});

test('a wrong base URL, no server, or a server that is not the mock: clear errors', async () => {
  expect(() => mockServerProvider({ baseUrl: 'localhost:4010' })).toThrow(ContractUsageError);
  const closed = mockServerProvider({ baseUrl: 'http://127.0.0.1:9' });
  const unreachable = await closed.seed(scenario).catch((error) => error);
  expect(unreachable).toBeInstanceOf(MockServerControlError);
  expect(unreachable.status).toBeUndefined();
  expect(unreachable.message).toMatch(/Is as-lifecycle-mock running there\?/);

  const other = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<html>hello</html>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    const provider = mockServerProvider({
      baseUrl: `http://127.0.0.1:${(other.address() as AddressInfo).port}`,
    });
    await expect(provider.scaleOut(projectId, group, 1)).rejects.toThrow(
      /answered without instance_hanging_info: is this as-lifecycle-mock\?/,
    );
    await expect(provider.instances(projectId, group)).rejects.toThrow(
      /answered without projects: is this as-lifecycle-mock\?/,
    );
  } finally {
    await new Promise((resolve) => other.close(resolve));
  }
});
