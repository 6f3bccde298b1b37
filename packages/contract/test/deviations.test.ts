/**
 * The live profile judges a real service only on what the provider documents: a target that
 * breaks a rule the spec marks `x-as-decision` gets `deviation` under `decisions: 'report'` (what
 * `liveProfile` sets) and `failed` under the default, the mock's; a target that breaks a rule of the
 * provider's stays `failed` either way.
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { expect, test } from 'vitest';
import { formatReport } from '../src/format-report';
import type { DecisionMode } from '../src/judge';
import { liveProfile } from '../src/live-target';
import { type ContractOptions, runContract } from '../src/run-contract';
import { decisionAt } from '../src/spec/decisions';
import type { TargetFetch } from '../src/target';
import { variant } from './broken-variants';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const group = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';

/** The mock in process, one group with one hook, with `change` applied to every answer. */
function target(change: (response: Response, request: Request) => Promise<Response> | Response) {
  const mock = createLifecycleMock({
    clock: 'virtual',
    scenario: {
      project_id: projectId,
      scaling_groups: [
        {
          scaling_group_id: group,
          lifecycle_hooks: [
            {
              lifecycle_hook_name: 'live-hook',
              lifecycle_hook_type: 'INSTANCE_LAUNCHING',
              notification_topic_urn: `urn:smn:cn-north-4:${projectId}:t`,
            },
          ],
        },
      ],
    },
  });
  const fetch: TargetFetch = async (request) => change(await mock.fetch(request.clone()), request);
  return fetch;
}

const run = (fetch: TargetFetch, decisions: DecisionMode | undefined, only: string) => {
  const options: ContractOptions = {
    target: {
      baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
      projectId,
      groupId: group,
      fetch,
      ...(decisions ? { decisions } : {}),
    },
    only: [only],
    seed: 11,
    runs: 5,
  };
  return runContract(options);
};

/** Every answer without X-Request-Id: the provider's SDKs read it, the spec requires it (ours). */
const withoutRequestId = target((response) => {
  const headers = new Headers(response.headers);
  headers.delete('X-Request-Id');
  return new Response(response.body, { status: response.status, headers });
});

/** An instance filter naming no held instance answers 400 AS.4006 instead of an empty list. */
const unknownInstanceRefused = target((response, request) => {
  const url = new URL(request.url);
  if (!url.pathname.endsWith('/list') || !url.searchParams.has('instance_id')) return response;
  if (!url.pathname.includes('scaling_instance_hook')) return response;
  return new Response(
    JSON.stringify({ error: { code: 'AS.4006', message: 'The instance does not exist.' } }),
    {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': '1'.repeat(32) },
    },
  );
});

test('a target breaking only our decisions gets deviation under report and failed by default', async () => {
  const header = decisionAt('/components/headers/XRequestId');
  const reported = await run(withoutRequestId, 'report', 'unknown_group listLifecycleHooks');
  expect(reported.results).toHaveLength(1);
  const [deviating] = reported.results;
  expect(deviating).toMatchObject({ status: 'deviation' });
  expect(deviating?.deviations).toEqual([
    expect.objectContaining({
      check: 'response_headers_conformance',
      decision: header,
      times: 1,
    }),
  ]);
  const text = formatReport(reported);
  expect(text).toMatch(/unknown_group listLifecycleHooks\s+deviation/);
  expect(text).toContain('1 deviated from our decisions (not failures)');
  expect(text).toContain(`DEVIATION unknown_group listLifecycleHooks`);
  expect(text).toContain(header.pointer);

  for (const mode of [undefined, 'enforce'] as const) {
    const enforced = await run(withoutRequestId, mode, 'unknown_group listLifecycleHooks');
    expect(enforced.results[0]).toMatchObject({
      status: 'failed',
      violated: 'response_headers_conformance',
    });
    expect(enforced.results[0]?.reason).toContain(
      `a rule of this project, not the provider's: ${header.pointer}`,
    );
  }
});

test('"an unknown instance gives an empty list" is ours: AS.4006 for it is a deviation live, a failure on the mock', async () => {
  const check = 'positive_data_acceptance listHookInstances';
  const reported = await run(unknownInstanceRefused, 'report', check);
  expect(reported.results[0]?.status).toBe('deviation');
  const [deviation] = reported.results[0]?.deviations ?? [];
  expect(deviation?.check).toBe(check);
  expect(deviation?.decision.pointer).toMatch(/scaling_instance_hook.*\/parameters\//);
  expect(deviation?.decision.text).toContain('empty list');
  expect(deviation?.message).toContain('expected a success, got 400 AS.4006');

  const enforced = await run(unknownInstanceRefused, undefined, check);
  expect(enforced.results[0]).toMatchObject({ status: 'failed', violated: check });
});

test("a rule of the provider's broken stays failed under report", async () => {
  // An unknown group answered with another code than the spec's, AS.2007, whose entry is no decision of ours.
  const wrongCode = target(async (response) => {
    if (response.status !== 400) return response;
    const text = await response.clone().text();
    if (!text.includes('AS.2007')) return response;
    return new Response(text.replace('AS.2007', 'AS.2033'), {
      status: 400,
      headers: response.headers,
    });
  });
  const reported = await run(wrongCode, 'report', 'unknown_group listLifecycleHooks');
  expect(reported.results[0]).toMatchObject({
    status: 'failed',
    violated: 'unknown_group listLifecycleHooks',
  });
  expect(reported.results[0]?.deviations).toBeUndefined();

  // A server error is never a deviation, whatever else the answer lacks.
  const serverError = target(
    () =>
      new Response(JSON.stringify({ error: { code: 'AS.0001', message: 'Internal error.' } }), {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const failing = await run(serverError, 'report', 'unknown_group listLifecycleHooks');
  expect(failing.results[0]).toMatchObject({ status: 'failed', violated: 'not_a_server_error' });
});

test('the live profile judges with decisions: report; a wrong mode is refused with how to fix it', async () => {
  const live = liveProfile({
    HUAWEICLOUD_SDK_AK: 'AK',
    HUAWEICLOUD_SDK_SK: 'SECRET-SK',
    HUAWEICLOUD_SDK_PROJECT_ID: projectId,
    HUAWEICLOUD_SDK_REGION: 'cn-north-4',
  });
  expect(live).toMatchObject({ target: { decisions: 'report' } });
  await expect(
    run(withoutRequestId, 'lenient' as DecisionMode, 'unknown_group listLifecycleHooks'),
  ).rejects.toThrow('decisions "lenient" is neither "enforce" nor "report"');
});

test('every decision a check names is one the spec records', () => {
  expect(() => decisionAt('/components/schemas/NotificationTopicUrn')).not.toThrow();
  expect(() => decisionAt('/components/schemas/LifecycleHookName/pattern')).toThrow(
    'The spec has no x-as-decision at /components/schemas/LifecycleHookName/pattern',
  );
});

test('a state error of ours (AS.7042 for a resolved target) answered otherwise is a deviation under report, a failure by default', async () => {
  // A second callback on a released key answered AS.4006 (a code the provider documents) rather
  // than the spec's AS.7042, which the provider documents only for a target that does not exist.
  const otherCode = () =>
    variant({
      response: async (response, request) => {
        if (request.method !== 'PUT' || response.status !== 400) return response;
        const text = await response.clone().text();
        if (!text.includes('AS.7042')) return response;
        return new Response(
          JSON.stringify({ error: { code: 'AS.4006', message: 'The instance does not exist.' } }),
          { status: 400, headers: response.headers },
        );
      },
    });
  const run = (decisions: DecisionMode) => {
    const { fetch, provider } = otherCode();
    return runContract({
      target: { baseUrl: 'https://as.example', projectId, fetch, decisions },
      provider,
      only: ['callback_sequence'],
      seed: 5,
    });
  };
  const reported = await run('report');
  expect(reported.results[0]?.status).toBe('deviation');
  expect(reported.results[0]?.deviations?.[0]?.decision.pointer).toMatch(
    /\/put\/x-as-errors\/\d+$/,
  );
  expect(reported.results[0]?.deviations?.[0]?.decision.text).toContain('AS.7042');
  const enforced = await run('enforce');
  expect(enforced.results[0]).toMatchObject({ status: 'failed', violated: 'callback_sequence' });
});
