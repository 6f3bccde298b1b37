import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, expectTypeOf, test } from 'vitest';
import { base, ids, scenario } from '../test/fixtures';
import { runWholeLaunch } from '../test/launch-scenario';
import { createLifecycleMock } from './create-lifecycle-mock';
import { createLifecycleHttp, type LifecycleHttp } from './typed-http';

const mock = createLifecycleMock({ scenario, clock: 'virtual' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
afterEach(() => server.resetHandlers());

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

test('a typed one-off override takes precedence, then the stateful mock answers again', async () => {
  const http = createLifecycleHttp();
  server.use(
    http.get(
      '/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list',
      ({ params, response }) =>
        response(500).json({
          error: { code: 'AS.0001', message: `down for ${params.scaling_group_id}` },
        }),
    ),
  );
  const overridden = await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`);
  expect([overridden.status, (await overridden.json()).error.message]).toEqual([
    500,
    `down for ${ids.group}`,
  ]);
  server.resetHandlers();
  expect((await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`)).status).toBe(200);
});

test('a concrete URL does not compile in the typed http (its error names the fix); http.untyped takes it', async () => {
  const http = createLifecycleHttp();
  const concrete = `${base}/scaling_lifecycle_hook/${ids.group}/list` as const;
  // The error names the fix: the last signature's path is the message.
  type Message = Parameters<LifecycleHttp['get']>[0];
  expectTypeOf<
    Message extends `Write the spec's path template${string}http.untyped` ? true : false
  >().toEqualTypeOf<true>();
  // @ts-expect-error a concrete URL is not a path of the spec: "Write the spec's path template…"
  void (() => http.get(concrete, ({ response }) => response(200).json({ lifecycle_hooks: [] })));
  // The template matches any project and group; params tell them apart, and nothing returned
  // leaves the request to the mock.
  server.use(
    http.get(
      '/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list',
      ({ params, response }) => {
        if (params.scaling_group_id !== 'only-this-one') return;
        return response(200).json({ lifecycle_hooks: [] });
      },
    ),
    http.untyped.get(`${base}/scaling_lifecycle_hook/other-group/list`, () =>
      Response.json({ lifecycle_hooks: [] }),
    ),
  );
  expect(
    (await (await fetch(`${base}/scaling_lifecycle_hook/${ids.group}/list`)).json())
      .lifecycle_hooks,
  ).toHaveLength(1);
  expect(await (await fetch(`${base}/scaling_lifecycle_hook/other-group/list`)).json()).toEqual({
    lifecycle_hooks: [],
  });
  server.resetHandlers();
});

test('the whole launch through setupServer', async () => {
  mock.reset();
  await runWholeLaunch(
    mock,
    (input, init) => fetch(input, init),
    'https://as.ap-southeast-1.myhwclouds.com',
  );
});
