import { expect, test } from 'vitest';
import { hook, ids, json, noContent, recordingFetch } from '../test/helpers';
import { ApiError } from './api-error';
import { createAutoScalingClient } from './create-client';
import type { FetchLike } from './send-with-timeout';
import { ClientUsageError } from './usage-error';

const tokenClient = (fetch: FetchLike, extra = {}) =>
  createAutoScalingClient({
    endpoint: 'http://127.0.0.1:4010',
    projectId: ids.project,
    credentials: { token: 'iam-token' },
    fetch,
    ...extra,
  });

test('calls back with PUT, the token, a UTF-8 JSON body, and resolves 204 to undefined data', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  const { data, error, response } = await tokenClient(fetch).callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
  });
  expect(error).toBeUndefined();
  expect(data).toBeUndefined();
  expect(response?.status).toBe(204);
  expect(calls).toEqual([
    {
      method: 'PUT',
      url: `http://127.0.0.1:4010/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/callback`,
      headers: expect.objectContaining({
        'x-auth-token': 'iam-token',
        'content-type': 'application/json;charset=UTF-8',
      }),
      body: JSON.stringify({ lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' }),
    },
  ]);
});

test('answers a hook as typed data', async () => {
  const { fetch, calls } = recordingFetch(() => json(200, hook));
  const { data } = await tokenClient(fetch).showLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'test-hook1',
  });
  expect(data?.default_timeout).toBe(3600);
  expect(calls[0]?.method).toBe('GET');
  expect(calls[0]?.url).toMatch(/\/scaling_lifecycle_hook\/e5d27f5c-[^/]+\/test-hook1$/);
});

test('sends the instance filter as a query parameter', async () => {
  const { fetch, calls } = recordingFetch(() => json(200, { instance_hanging_info: [] }));
  await tokenClient(fetch).listHookInstances({
    scaling_group_id: ids.group,
    instance_id: ids.instance,
  });
  expect(new URL(calls[0]?.url ?? '').searchParams.get('instance_id')).toBe(ids.instance);
});

test('encodes path parameters', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  await tokenClient(fetch).deleteLifecycleHook({
    scaling_group_id: 'a/b c',
    lifecycle_hook_name: 'h',
  });
  expect(calls[0]?.url).toContain('/scaling_lifecycle_hook/a%2Fb%20c/h');
});

test('uses the region endpoint, with the ap-southeast-1 exception', async () => {
  const { fetch, calls } = recordingFetch(() => json(200, { lifecycle_hooks: [] }));
  for (const region of ['cn-north-4', 'ap-southeast-1'] as const) {
    await createAutoScalingClient({
      region,
      projectId: 'p',
      credentials: { token: 't' },
      fetch,
    }).listLifecycleHooks({
      scaling_group_id: 'g',
    });
  }
  expect(calls.map((c) => new URL(c.url).origin)).toEqual([
    'https://as.cn-north-4.myhuaweicloud.com',
    'https://as.ap-southeast-1.myhwclouds.com',
  ]);
});

test('refuses an unknown region, a relative endpoint and an empty project id, saying how to fix it', () => {
  const base = { projectId: 'p', credentials: { token: 't' } };
  expect(() => createAutoScalingClient({ ...base, region: 'mars-1' as never })).toThrow(
    /unknown region "mars-1".*cn-north-4/,
  );
  expect(() => createAutoScalingClient({ ...base, endpoint: '/api' })).toThrow(
    'Failed to create the client: endpoint "/api" is not an absolute http(s) URL. Pass e.g. "http://127.0.0.1:4010".',
  );
  expect(() => createAutoScalingClient({ ...base, endpoint: 'ftp://x' })).toThrow(
    /endpoint "ftp:\/\/x" is not an absolute http\(s\) URL/,
  );
  expect(() => createAutoScalingClient({ ...base })).toThrow(/neither region nor endpoint/);
  expect(() => createAutoScalingClient({ ...base, projectId: '', region: 'cn-north-4' })).toThrow(
    ClientUsageError,
  );
});

test('returns the provider error with status, code, message and request id', async () => {
  const { fetch } = recordingFetch(() =>
    json(
      400,
      { error: { code: 'AS.7042', message: 'target does not exist' } },
      { 'X-Request-Id': 'r-42' },
    ),
  );
  const { data, error } = await tokenClient(fetch).callbackLifecycleHook({
    scaling_group_id: ids.group,
    body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
  });
  expect(data).toBeUndefined();
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    kind: 'api',
    status: 400,
    code: 'AS.7042',
    providerMessage: 'target does not exist',
    requestId: 'r-42',
    shape: 'as',
    operationId: 'callbackLifecycleHook',
  });
  expect(error?.message).toBe(
    'callbackLifecycleHook failed: AS.7042: target does not exist (request id r-42)',
  );
});

test("reads the gateway's flat error body", async () => {
  const { fetch } = recordingFetch(
    () =>
      new Response(
        JSON.stringify({
          error_code: 'APIGW.0301',
          error_msg: 'verify aksk signature fail',
          request_id: 'gw-1',
        }),
        { status: 401 },
      ),
  );
  const { error } = await tokenClient(fetch).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toMatchObject({
    status: 401,
    code: 'APIGW.0301',
    requestId: 'gw-1',
    shape: 'gateway',
  });
});

test('keeps a non-JSON error readable', async () => {
  const { fetch } = recordingFetch(() => new Response('Bad Gateway', { status: 502 }));
  const { error } = await tokenClient(fetch, { retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error).toMatchObject({
    status: 502,
    code: undefined,
    shape: 'unknown',
    providerMessage: 'Bad Gateway',
  });
});

test('reports a success body that is not JSON as an invalid response', async () => {
  const { fetch } = recordingFetch(() => new Response('{"lifecycle_hooks": [', { status: 200 }));
  const { error } = await tokenClient(fetch).listLifecycleHooks({ scaling_group_id: ids.group });
  expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
});

test('throws the typed error and resolves to data in throwing mode', async () => {
  const { fetch } = recordingFetch((_, index) =>
    index === 0 ? json(200, hook) : json(404, { error: { code: 'AS.0007', message: 'not found' } }),
  );
  const client = createAutoScalingClient({
    endpoint: 'http://127.0.0.1:4010',
    projectId: ids.project,
    credentials: { token: 't' },
    fetch,
    throwOnError: true,
  });
  const { data } = await client.showLifecycleHook({
    scaling_group_id: ids.group,
    lifecycle_hook_name: 'a',
  });
  expect(data.lifecycle_hook_name).toBe('test-hook1');
  await expect(
    client.showLifecycleHook({ scaling_group_id: ids.group, lifecycle_hook_name: 'b' }),
  ).rejects.toMatchObject({ name: 'ApiError', code: 'AS.0007', status: 404 });
});

test('refuses a callback without a target before any request, saying how to fix it', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  const client = tokenClient(fetch);
  const callback = (body: unknown) =>
    client.callbackLifecycleHook({ scaling_group_id: ids.group, body: body as never });
  await expect(callback({ lifecycle_action_result: 'CONTINUE' })).rejects.toThrow(
    'Failed to call back the lifecycle hook: the body names no target. Pass lifecycle_action_key, or instance_id together with lifecycle_hook_name.',
  );
  await expect(
    callback({ instance_id: ids.instance, lifecycle_action_result: 'CONTINUE' }),
  ).rejects.toThrow(/instance_id is set but lifecycle_hook_name is not/);
  await expect(
    callback({ lifecycle_hook_name: 'h', lifecycle_action_result: 'EXTEND' }),
  ).rejects.toThrow(/lifecycle_hook_name is set but instance_id is not/);
  await expect(
    callback({ lifecycle_action_key: '', lifecycle_action_result: 'EXTEND' }),
  ).rejects.toThrow(ClientUsageError);
  await expect(
    callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'PROCEED' }),
  ).rejects.toThrow(/"PROCEED" is not one of ABANDON, CONTINUE, EXTEND/);
  await expect(callback(undefined)).rejects.toThrow(ClientUsageError);
  expect(calls).toHaveLength(0);
});

test('refuses a missing path parameter before any request', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  await expect(
    tokenClient(fetch).deleteLifecycleHook({ scaling_group_id: ids.group } as never),
  ).rejects.toThrow(
    'Failed to call deleteLifecycleHook: lifecycle_hook_name is missing, empty, "." or "..". Pass { lifecycle_hook_name: \'…\' }.',
  );
  await expect(tokenClient(fetch).listLifecycleHooks(undefined as never)).rejects.toThrow(
    ClientUsageError,
  );
  expect(calls).toHaveLength(0);
});

test('sends the key when both targets are given, leaving the choice to the service', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  const body = {
    lifecycle_action_key: ids.key,
    instance_id: ids.instance,
    lifecycle_hook_name: 'h',
    lifecycle_action_result: 'ABANDON',
  } as const;
  await tokenClient(fetch).callbackLifecycleHook({ scaling_group_id: ids.group, body });
  expect(JSON.parse(calls[0]?.body ?? '')).toEqual(body);
});

test('refuses "." and ".." as path parameters, which would address another resource', async () => {
  const { fetch, calls } = recordingFetch(() => noContent());
  for (const name of ['.', '..']) {
    await expect(
      tokenClient(fetch).deleteLifecycleHook({
        scaling_group_id: ids.group,
        lifecycle_hook_name: name,
      }),
    ).rejects.toThrow(ClientUsageError);
  }
  expect(calls).toHaveLength(0);
});

test('sends only the query parameters the spec names', async () => {
  const { fetch, calls } = recordingFetch(() => json(200, { lifecycle_hooks: [] }));
  await tokenClient(fetch).listLifecycleHooks({ scaling_group_id: ids.group, 'a&b': 5 } as never);
  expect(new URL(calls[0]?.url ?? '').search).toBe('');
});

test('an empty 200 is an invalid response, not data', async () => {
  const { fetch } = recordingFetch(() => new Response('', { status: 200 }));
  const { data, error } = await tokenClient(fetch).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(data).toBeUndefined();
  expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
});

test('an error with no body and no status text still says which status', async () => {
  const { fetch } = recordingFetch(() => new Response(null, { status: 500 }));
  const { error } = await tokenClient(fetch, { retry: false }).listLifecycleHooks({
    scaling_group_id: ids.group,
  });
  expect(error?.message).toBe('listLifecycleHooks failed: HTTP 500: HTTP 500');
});
