/**
 * Per-call cost of our client against an in-process fetch stub, beside raw fetch and bare
 * openapi-fetch, for the callback (PUT, 204) and the hanging-instance list (GET, 200 JSON).
 */
import { createAutoScalingClient } from '@as-lifecycle/client';
import type { paths } from '@as-lifecycle/types';
import createClient from 'openapi-fetch';
import { type Contender, measure } from './measure';

const baseUrl = 'http://127.0.0.1:4010';
const project = '0605767a3300d5762fb7c0186d9e1779';
const group = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';
const callbackPath = `/autoscaling-api/v1/${project}/scaling_instance_hook/${group}/callback`;
const listPath = `/autoscaling-api/v1/${project}/scaling_instance_hook/${group}/list`;
const body = {
  lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
  lifecycle_action_result: 'CONTINUE',
} as const;
const listBody = JSON.stringify({
  instance_hanging_info: [
    {
      instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
      scaling_group_id: group,
      lifecycle_hook_name: 'hook-launch',
      lifecycle_action_key: body.lifecycle_action_key,
      lifecycle_hook_status: 'HANGING',
      timeout: '2026-11-29T12:00:00Z',
      default_result: 'ABANDON',
    },
  ],
});

/**
 * What a real fetch does in-process: build its own Request from (input, init) (from a Request too,
 * as the Fetch standard and Node's fetch do), read the body it would send, and answer.
 */
async function stub(input: Request | string, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  if (request.body) await request.arrayBuffer();
  if (request.method === 'GET') {
    return new Response(listBody, {
      status: 200,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'r' },
    });
  }
  return new Response(null, { status: 204, headers: { 'X-Request-Id': 'r' } });
}

const token = 'MIIbench-token';
const ours = createAutoScalingClient({
  endpoint: baseUrl,
  projectId: project,
  credentials: { token },
  fetch: stub,
});
const oursSigned = createAutoScalingClient({
  endpoint: baseUrl,
  projectId: project,
  credentials: { accessKey: 'AKBENCH', secretKey: 'SKBENCH' },
  fetch: stub,
});
const bare = createClient<paths>({
  baseUrl,
  fetch: (request) => stub(request),
  headers: { 'X-Auth-Token': token },
});

function must(ok: boolean) {
  if (!ok) throw new Error('a benchmark contender failed its call');
}

export function callbackContenders(): Contender[] {
  return [
    {
      name: 'raw fetch (token)',
      run: async () => {
        const response = await stub(`${baseUrl}${callbackPath}`, {
          method: 'PUT',
          headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json;charset=UTF-8' },
          body: JSON.stringify(body),
        });
        must(response.status === 204);
      },
    },
    {
      name: 'raw fetch (token) + timeout signal',
      run: async () => {
        const response = await stub(`${baseUrl}${callbackPath}`, {
          method: 'PUT',
          headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json;charset=UTF-8' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        must(response.status === 204);
      },
    },
    {
      name: 'openapi-fetch (token)',
      run: async () => {
        const { response } = await bare.PUT(
          '/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback',
          { params: { path: { project_id: project, scaling_group_id: group } }, body },
        );
        must(response.status === 204);
      },
    },
    {
      name: '@as-lifecycle/client (token)',
      run: async () => {
        const { error } = await ours.callbackLifecycleHook({ scaling_group_id: group, body });
        must(error === undefined);
      },
    },
    {
      name: '@as-lifecycle/client (AK/SK)',
      run: async () => {
        const { error } = await oursSigned.callbackLifecycleHook({ scaling_group_id: group, body });
        must(error === undefined);
      },
    },
  ];
}

export function listContenders(): Contender[] {
  return [
    {
      name: 'raw fetch (token)',
      run: async () => {
        const response = await stub(`${baseUrl}${listPath}`, {
          headers: { 'X-Auth-Token': token },
        });
        must(
          Array.isArray(
            ((await response.json()) as { instance_hanging_info: unknown[] }).instance_hanging_info,
          ),
        );
      },
    },
    {
      name: 'raw fetch (token) + timeout signal',
      run: async () => {
        const response = await stub(`${baseUrl}${listPath}`, {
          headers: { 'X-Auth-Token': token },
          signal: AbortSignal.timeout(30_000),
        });
        must(
          Array.isArray(
            ((await response.json()) as { instance_hanging_info: unknown[] }).instance_hanging_info,
          ),
        );
      },
    },
    {
      name: 'openapi-fetch (token)',
      run: async () => {
        const { data } = await bare.GET(
          '/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list',
          {
            params: { path: { project_id: project, scaling_group_id: group } },
          },
        );
        must(data !== undefined);
      },
    },
    {
      name: '@as-lifecycle/client (token)',
      run: async () => {
        const { data } = await ours.listHookInstances({ scaling_group_id: group });
        must(data !== undefined);
      },
    },
    {
      name: '@as-lifecycle/client (AK/SK)',
      run: async () => {
        const { data } = await oursSigned.listHookInstances({ scaling_group_id: group });
        must(data !== undefined);
      },
    },
  ];
}

export const benchCallback = () => measure(callbackContenders());
export const benchList = () => measure(listContenders());
