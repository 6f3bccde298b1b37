/**
 * A suite that passes everything proves nothing: each broken implementation must fail the check
 * that guards what it breaks, with the rule it broke, while the unbroken mock passes the same run.
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { expect, test } from 'vitest';
import { mockProvider } from '../src/providers/mock-provider';
import { type ContractReport, runContract } from '../src/run-contract';
import { variants } from './broken-variants';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const baseUrl = 'https://as.cn-north-4.myhuaweicloud.com';
const seed = 20261129;

const run = (name: keyof typeof variants, options: { seed?: number; only?: string[] } = {}) => {
  const { fetch, provider } = variants[name]();
  return runContract({ target: { baseUrl, projectId, fetch }, provider, seed, ...options });
};

/** The failed checks of a report, as `id ← rule broken`. */
const failures = (report: ContractReport) =>
  report.results.filter((r) => r.status === 'failed').map((r) => `${r.id} ← ${r.violated}`);

test('the unbroken mock passes every check of the same run', async () => {
  const mock = createLifecycleMock({ clock: 'virtual' });
  const report = await runContract({
    target: { baseUrl, projectId, fetch: (request) => mock.fetch(request) },
    provider: mockProvider(mock),
    seed,
  });
  expect(failures(report)).toEqual([]);
  expect(report.results.filter((r) => r.status === 'passed').length).toBeGreaterThanOrEqual(25);
});

/** Each variant, and the failures (check ← rule) it must show among its own. */
const caught: [keyof typeof variants, string[]][] = [
  [
    'a callback answers 200 with a body',
    [
      'positive_data_acceptance callbackLifecycleHook ← status_code_conformance',
      'callback_sequence ← status_code_conformance',
    ],
  ],
  [
    'EXTEND is accepted as a default result',
    [
      'negative_data_rejection createLifecycleHook ← negative_data_rejection createLifecycleHook',
      'negative_data_rejection updateLifecycleHook ← negative_data_rejection updateLifecycleHook',
    ],
  ],
  ['a second callback on a key succeeds', ['callback_sequence ← callback_sequence']],
  [
    'responses carry no X-Request-Id',
    [
      'unknown_group listLifecycleHooks ← response_headers_conformance',
      'hook_lifecycle ← response_headers_conformance',
    ],
  ],
  [
    'an unknown group answers 404',
    [
      'unknown_group callbackLifecycleHook ← status_code_conformance',
      'unknown_group listLifecycleHooks ← status_code_conformance',
    ],
  ],
  ['a sixth hook is accepted', ['hook_limit ← hook_limit']],
  ['a duplicate hook name is accepted', ['duplicate_hook_name ← duplicate_hook_name']],
  ['EXTEND moves the timeout by 3599 s', ['callback_sequence ← callback_sequence']],
  ['parallel callbacks race (check, then act)', ['parallel_callbacks ← parallel_callbacks']],
  ['the key does not win over instance id + hook name', ['callback_target ← callback_target']],
  [
    'timeouts fire at twice the hook timeout',
    ['default_result_at_timeout ← default_result_at_timeout'],
  ],
  [
    'errors are sent as text/plain',
    ['unknown_group listLifecycleHooks ← content_type_conformance'],
  ],
  [
    'hook names with "_" crash the server',
    ['positive_data_acceptance createLifecycleHook ← not_a_server_error'],
  ],
  [
    'hook names over 16 characters are refused',
    ['positive_data_acceptance createLifecycleHook ← positive_data_acceptance createLifecycleHook'],
  ],
  ['create_time carries milliseconds', ['hook_lifecycle ← response_schema_conformance']],
];

test.each(caught)('%s: caught', async (name, expected) => {
  const report = await run(name);
  expect(failures(report)).toEqual(expect.arrayContaining(expected));
});

test('every broken variant is in the table above', () => {
  expect(new Set(caught.map(([name]) => name))).toEqual(new Set(Object.keys(variants)));
});

test('a failure prints its seed and the request to paste, and the seed replays it exactly', async () => {
  const only = ['positive_data_acceptance createLifecycleHook'];
  const first = await run('hook names with "_" crash the server', { only });
  const again = await run('hook names with "_" crash the server', { only });
  const [result] = first.results;
  expect(result?.status).toBe('failed');
  // The check, the rule broken, a curl line with the failing body, the answer, the seed.
  expect(result?.reason).toMatch(/^\[not_a_server_error\] createLifecycleHook 500/);
  expect(result?.reason).toMatch(
    /curl -sS -i -X POST 'https:\/\/as\.cn-north-4\.myhuaweicloud\.com\/autoscaling-api\/v1\/0605767a3300d5762fb7c0186d9e1779\/scaling_lifecycle_hook\/[^']+' -H 'Content-Type: application\/json' --data-raw '\{[^']*"lifecycle_hook_name":"[^"]*_[^"]*"/,
  );
  expect(result?.reason).toMatch(/seed 20261129, path "[\d:]+"/);
  expect(result?.reason).toContain('as-lifecycle-contract --seed 20261129');
  // Shrunk to the smallest failing name, the same in both runs.
  expect(again.results[0]?.reason).toBe(result?.reason);
  expect(result?.reason).toMatch(/"lifecycle_hook_name":"_"/);
});
