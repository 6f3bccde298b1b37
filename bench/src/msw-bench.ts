/**
 * `@as-lifecycle/msw` in-process: our stateful callback handler beside a trivial MSW handler, both
 * through MSW's `getResponse`; and the callback's cost with 100 vs 100,000 hanging instances.
 * Every call is an EXTEND on a HANGING record, which stays HANGING, so each one succeeds with 204.
 */
import {
  type CoreRequest,
  createLifecycleMock,
  MAX_SCALE_OUT,
  type ScaleResult,
  type Scenario,
} from '@as-lifecycle/msw';
import { getResponse, HttpResponse, http } from 'msw';
import { type Contender, measure } from './measure';

export const project = '0605767a3300d5762fb7c0186d9e1779';
export const group = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';
export const seededKey = '6ebe6e72-4b09-4adb-ae4a-a91dc0560069';
export const callbackPath = `/autoscaling-api/v1/${project}/scaling_instance_hook/${group}/callback`;
export const callbackHeaders = {
  'content-type': 'application/json;charset=UTF-8',
  'x-auth-token': 'MIIbench-token',
} as const;
export const extendBody = (key: string) =>
  JSON.stringify({ lifecycle_action_key: key, lifecycle_action_result: 'EXTEND' });

const hook = {
  lifecycle_hook_name: 'hook-launch',
  lifecycle_hook_type: 'INSTANCE_LAUNCHING',
  default_result: 'ABANDON',
  default_timeout: 3600,
  notification_topic_urn: `urn:smn:cn-north-4:${project}:as-hooks`,
} as const;

/** One group, one launching hook, and (unless `hanging` is false) one seeded HANGING record. */
export function scenario(hanging = true): Scenario {
  return {
    project_id: project,
    scaling_groups: [
      {
        scaling_group_id: group,
        lifecycle_hooks: [hook],
        instance_hanging_info: hanging
          ? [
              {
                instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
                lifecycle_hook_name: hook.lifecycle_hook_name,
                lifecycle_action_key: seededKey,
              },
            ]
          : [],
      },
    ],
  } as Scenario;
}

function must(ok: boolean, what: string) {
  if (!ok) throw new Error(`a benchmark contender failed: ${what}`);
}

const url = `http://127.0.0.1:4010${callbackPath}`;
const body = extendBody(seededKey);
/** The same callback request for each contender: a fresh `Request` per call, as MSW gets one. */
const request = () => new Request(url, { method: 'PUT', headers: callbackHeaders, body });

export function inProcessContenders(): Contender[] {
  const trivial = [http.put('*/autoscaling-api/*', () => new HttpResponse(null, { status: 204 }))];
  const mock = createLifecycleMock({ scenario: scenario() });
  return [
    {
      name: 'MSW handler answering 204',
      run: async () => {
        const response = await getResponse(trivial, request());
        must(response?.status === 204, 'the trivial handler did not answer 204');
      },
    },
    {
      name: '@as-lifecycle/msw handlers',
      run: async () => {
        const response = await getResponse(mock.handlers, request());
        must(response?.status === 204, `our handler answered ${response?.status}`);
      },
    },
  ];
}

/** A mock whose group holds `count` instances HANGING, and an EXTEND of the middle one's key. */
function scaled(count: number): {
  mock: ReturnType<typeof createLifecycleMock>;
  call: CoreRequest;
} {
  const mock = createLifecycleMock({ scenario: scenario(false) });
  // A scale-out launches at most MAX_SCALE_OUT instances a call: 100,000 take 100 calls.
  const records: ScaleResult['instance_hanging_info'] = [];
  for (let left = count; left > 0; left -= MAX_SCALE_OUT) {
    records.push(...mock.scaleOut(group, Math.min(left, MAX_SCALE_OUT)).instance_hanging_info);
  }
  const key = records[records.length >> 1]?.lifecycle_action_key;
  must(records.length === count && key !== undefined, `scaling out ${count} instances`);
  const call = {
    method: 'PUT',
    url: callbackPath,
    headers: { ...callbackHeaders },
    body: extendBody(key as string),
  };
  return { mock, call };
}

export function scaleContenders(): Contender[] {
  return [100, 100_000].map((count) => {
    const { mock, call } = scaled(count);
    return {
      name: `mock.handle, ${count.toLocaleString('en-US')} hanging`,
      run: async () => {
        const response = await mock.handle(call);
        must(response.status === 204, `the callback answered ${response.status}`);
      },
    };
  });
}

// Each call leaves garbage (Requests, teed bodies, AbortSignals) that short batches would
// collect unevenly; batches of 1,000 calls pay their own collections.
export const benchMswInProcess = () =>
  measure(inProcessContenders(), { batches: 15, minOps: 1000 });
export const benchMswScale = () => measure(scaleContenders());
