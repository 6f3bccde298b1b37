import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer, type MockServer } from '@as-lifecycle/msw/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../../test/run-cli';
import type { ContractReport } from '../run-contract';

// The CLI in process, against real HTTP servers on loopback: the mock (open and with AK/SK
// signatures enforced) and a server that answers every request 500.
const projectId = '0605767a3300d5762fb7c0186d9e1779';
const accessKey = 'CLICONTRACTAK';
const secretKey = 'cli-contract-SECRET-sk-4711';

let open: MockServer;
let signed: MockServer;
const broken = createServer((_request, response) => {
  response.writeHead(500, { 'Content-Type': 'application/json', 'X-Request-Id': 'broken-1' });
  response.end(JSON.stringify({ error: { code: 'AS.0001', message: 'Internal error.' } }));
});
let brokenUrl = '';

beforeAll(async () => {
  open = await createMockServer(createLifecycleMock({ clock: 'virtual' }), { port: 0 });
  signed = await createMockServer(
    createLifecycleMock({
      clock: 'virtual',
      auth: { keys: { [accessKey]: { secretKey, projectId } } },
    }),
    { port: 0 },
  );
  await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
  brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all([open?.close(), signed?.close()]);
  await new Promise<void>((resolve) => broken.close(() => resolve()));
});

const resultsById = (report: ContractReport) => new Map(report.results.map((r) => [r.id, r]));

test('--help exits 0 and prints the usage on stdout', async () => {
  for (const flag of ['--help', '-h']) {
    const { code, stdout, stderr } = await cli([flag]);
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(stdout).toHaveLength(1);
    expect(stdout[0]).toMatch(/^Usage: as-lifecycle-contract --base-url URL --project-id P/);
    for (const option of ['--control', '--seed', '--runs', '--credentials', '--json']) {
      expect(stdout[0]).toContain(option);
    }
  }
});

describe('a wrong command line exits 2 with one line on stderr and no stack trace', () => {
  // Nothing listens on port 9 of loopback: none of these may get as far as sending a request.
  const base = ['--base-url', 'http://127.0.0.1:9', '--project-id', projectId];
  const cases: [string, string[], RegExp][] = [
    ['no --base-url', ['--project-id', projectId], /--base-url is required/],
    ['no --project-id', ['--base-url', 'http://127.0.0.1:9'], /--project-id is required/],
    ['an unknown flag', [...base, '--bogus'], /--bogus/],
    ['a positional argument', [...base, 'extra'], /extra/],
    ['--control bogus', [...base, '--control', 'bogus'], /--control "bogus" is not none or mock/],
    ['--seed -1', [...base, '--seed', '-1'], /seed/],
    ['--seed=-1', [...base, '--seed=-1'], /--seed "-1" is not a whole number/],
    ['--seed abc', [...base, '--seed', 'abc'], /--seed "abc" is not a whole number/],
    ['--seed 1.5', [...base, '--seed', '1.5'], /--seed "1.5" is not a whole number/],
    ['--seed above 2^31-1', [...base, '--seed', '2147483648'], /--seed "2147483648"/],
    ['--runs 0', [...base, '--runs', '0'], /--runs "0" is not a whole number from 1 to 100000\./],
    [
      '--timeout-ms 0',
      [...base, '--timeout-ms', '0'],
      /--timeout-ms "0" is not a whole number from 1/,
    ],
    [
      '--credentials bogus',
      [...base, '--credentials', 'bogus'],
      /--credentials "bogus" is not none or env/,
    ],
    [
      'a base URL that is no URL',
      ['--base-url', 'nope', '--project-id', projectId],
      /baseUrl "nope" is not an absolute http\(s\) URL/,
    ],
    [
      'a base URL that is not http(s)',
      ['--base-url', 'ftp://example.com', '--project-id', projectId],
      /not an absolute http\(s\) URL/,
    ],
    [
      'a non-URL base URL with --control mock',
      ['--base-url', 'nope', '--project-id', projectId, '--control', 'mock'],
      /"nope"/,
    ],
    ['--only matching no check', [...base, '--only', 'no-such-check'], /no check matches/],
  ];
  test.each(cases)('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    const [line = ''] = stderr;
    expect(line).toMatch(/^as-lifecycle-contract: /);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat .+:\d+:\d+/);
    expect(line).toMatch(message);
    expect(line).toContain('Run "as-lifecycle-contract --help" for usage.');
  });
});

test('against the mock with --control mock: exit 0, the table, the totals and the seed', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    open.url,
    '--project-id',
    projectId,
    '--control',
    'mock',
    '--runs',
    '5',
    '--seed',
    '7',
  ]);
  expect(stderr).toEqual([]);
  expect(code).toBe(0);
  expect(stdout).toHaveLength(1);
  const lines = (stdout[0] ?? '').split('\n');
  expect(lines[0]).toMatch(/^check\s+result\s+requests\s+time$/);
  const totals = lines.find((line) => line.startsWith('checks: '));
  const [, run, passed, failed, skipped] =
    /^checks: (\d+) run, (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(totals ?? '') ?? [];
  expect(Number(run)).toBeGreaterThan(0);
  expect(Number(failed)).toBe(0);
  expect(Number(passed) + Number(skipped)).toBe(Number(run));
  // The stateful checks ran: the provider drove the mock.
  expect(Number(passed)).toBeGreaterThan(Number(skipped));
  expect(lines.find((line) => line.startsWith('callback_sequence '))).toMatch(/\bpassed\b/);
  expect(stdout[0]).toMatch(/seed 7;/);
  expect(stdout[0]).toMatch(/5 runs per property/);
  expect(stdout[0]).toContain(`provider: as-lifecycle-mock at ${open.url.replace(/\/+$/, '')}`);
  expect(stdout[0]).not.toContain('FAILED');
});

test('--json prints the report as parseable JSON', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    open.url,
    '--project-id',
    projectId,
    '--control',
    'mock',
    '--runs',
    '3',
    '--seed',
    '8',
    '--json',
  ]);
  expect(stderr).toEqual([]);
  expect(code).toBe(0);
  expect(stdout).toHaveLength(1);
  const report = JSON.parse(stdout[0] ?? '') as ContractReport;
  expect(report).toMatchObject({ seed: 8, runs: 3 });
  expect(report.results.length).toBeGreaterThan(0);
  expect(report.results.every((r) => r.status === 'passed' || r.status === 'skipped')).toBe(true);
  expect(report.requests).toBe(report.results.reduce((sum, r) => sum + r.requests, 0));
});

test('--only runs only the checks whose id contains the text', async () => {
  const { code, stdout } = await cli([
    '--base-url',
    open.url,
    '--project-id',
    projectId,
    '--only',
    'unknown_group',
    '--only',
    'hook_limit',
    '--control',
    'mock',
    '--seed',
    '9',
    '--json',
  ]);
  expect(code).toBe(0);
  const ids = (JSON.parse(stdout[0] ?? '') as ContractReport).results.map((r) => r.id);
  expect(ids).toContain('hook_limit');
  expect(ids.some((id) => id.startsWith('unknown_group '))).toBe(true);
  expect(ids.every((id) => id === 'hook_limit' || id.startsWith('unknown_group '))).toBe(true);
});

test('--control none skips the stateful checks with a reason naming a provider, and exits 0', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    open.url,
    '--project-id',
    projectId,
    '--control',
    'none',
    '--runs',
    '3',
    '--seed',
    '10',
    '--json',
  ]);
  expect(stderr).toEqual([]);
  expect(code).toBe(0);
  const report = JSON.parse(stdout[0] ?? '') as ContractReport;
  expect(report.provider).toBeUndefined();
  const results = resultsById(report);
  for (const id of ['callback_sequence', 'hook_lifecycle', 'callback_target', 'hook_limit']) {
    expect(results.get(id), id).toMatchObject({ status: 'skipped', requests: 0 });
    expect(results.get(id)?.reason, id).toMatch(/provider/);
  }
  // Without credentials the authentication checks cannot run either, and say why.
  expect(results.get('missing_auth')).toMatchObject({ status: 'skipped' });
  expect(results.get('missing_auth')?.reason).toMatch(/credentials/);
  // The stateless checks still ran and passed.
  expect(results.get('unknown_group listLifecycleHooks')).toMatchObject({ status: 'passed' });
  expect(results.get('unknown_group listLifecycleHooks')?.requests).toBeGreaterThan(0);
  expect(report.results.some((r) => r.status === 'failed')).toBe(false);
});

test('the table of a --control none run says the provider is missing', async () => {
  const { code, stdout } = await cli([
    '--base-url',
    open.url,
    '--project-id',
    projectId,
    '--only',
    'callback_sequence',
  ]);
  expect(code).toBe(0);
  expect(stdout[0]).toMatch(/^callback_sequence\s+skipped\s+0\s+[\d.]+ s {2}\(needs a provider/m);
  expect(stdout[0]).toContain('checks: 1 run, 0 passed, 0 failed, 1 skipped');
  expect(stdout[0]).toContain('provider: none (stateful checks skipped)');
});

test('a target answering 500 to everything: exit 1, the last stderr line names every failed check and the seed', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    brokenUrl,
    '--project-id',
    projectId,
    '--runs',
    '3',
    '--seed',
    '11',
    '--json',
  ]);
  expect(code).toBe(1);
  const report = JSON.parse(stdout[0] ?? '') as ContractReport;
  const failed = report.results.filter((r) => r.status === 'failed');
  expect(failed.length).toBeGreaterThan(0);
  const list = resultsById(report).get('unknown_group listLifecycleHooks');
  expect(list).toMatchObject({ status: 'failed', violated: 'not_a_server_error' });
  expect(list?.reason).toContain('replay: seed 11');
  expect(list?.reason).toContain('curl -sS -i -X GET');
  expect(stderr.at(-1)).toBe(
    `as-lifecycle-contract: ${failed.length} check(s) failed: ${failed.map((r) => r.id).join(', ')} (seed 11)`,
  );
});

test('the table of a failing run shows each failure in full', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    brokenUrl,
    '--project-id',
    projectId,
    '--only',
    'unknown_group listLifecycleHooks',
    '--seed',
    '12',
  ]);
  expect(code).toBe(1);
  expect(stdout[0]).toContain('checks: 1 run, 0 passed, 1 failed, 0 skipped');
  expect(stdout[0]).toMatch(
    /\nFAILED unknown_group listLifecycleHooks\n {2}\[not_a_server_error\]/,
  );
  expect(stdout[0]).toContain('answered 500');
  expect(stderr).toEqual([
    'as-lifecycle-contract: 1 check(s) failed: unknown_group listLifecycleHooks (seed 12)',
  ]);
});

test('an unreachable target: exit 1, the failure says the request failed at the network level', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    'http://127.0.0.1:9',
    '--project-id',
    projectId,
    '--only',
    'unknown_group listLifecycleHooks',
    '--seed',
    '16',
  ]);
  expect(code).toBe(1);
  expect(stdout[0]).toMatch(
    /\[not_a_server_error\] GET http:\/\/127\.0\.0\.1:9\/.*the request failed at the network level/,
  );
  expect(stderr).toEqual([
    'as-lifecycle-contract: 1 check(s) failed: unknown_group listLifecycleHooks (seed 16)',
  ]);
});

describe('--credentials env', () => {
  const env = { HUAWEICLOUD_SDK_AK: accessKey, HUAWEICLOUD_SDK_SK: secretKey };

  test('signs with the keys in the environment: the authentication checks pass, the SK is never printed', async () => {
    const argv = [
      '--base-url',
      signed.url,
      '--project-id',
      projectId,
      '--control',
      'mock',
      '--credentials',
      'env',
      '--runs',
      '3',
      '--seed',
      '13',
    ];
    const json = await cli([...argv, '--json'], env);
    expect(json.stderr).toEqual([]);
    expect(json.code).toBe(0);
    const results = resultsById(JSON.parse(json.stdout[0] ?? '') as ContractReport);
    expect(results.get('missing_auth')).toMatchObject({ status: 'passed' });
    expect(results.get('wrong_auth')).toMatchObject({ status: 'passed' });
    expect(results.get('missing_auth')?.requests).toBeGreaterThan(0);
    expect(json.all).not.toContain(secretKey);

    const table = await cli(argv, env);
    expect(table.code).toBe(0);
    expect(table.stdout[0]).toMatch(/^missing_auth\s+passed/m);
    expect(table.all).not.toContain(secretKey);
  });

  test('the same keys against the open target: the target accepts unsigned requests, so missing_auth fails', async () => {
    const { code, stdout, stderr, all } = await cli(
      [
        '--base-url',
        open.url,
        '--project-id',
        projectId,
        '--credentials',
        'env',
        '--only',
        'missing_auth',
        '--seed',
        '14',
      ],
      env,
    );
    expect(code).toBe(1);
    expect(stdout[0]).toContain('FAILED missing_auth');
    expect(stderr).toEqual(['as-lifecycle-contract: 1 check(s) failed: missing_auth (seed 14)']);
    expect(all).not.toContain(secretKey);
  });

  test('failure reports carry the signed requests redacted, never the SK', async () => {
    const { code, all } = await cli(
      [
        '--base-url',
        brokenUrl,
        '--project-id',
        projectId,
        '--credentials',
        'env',
        '--runs',
        '2',
        '--seed',
        '15',
      ],
      env,
    );
    expect(code).toBe(1);
    expect(all).toContain("-H 'Authorization: <authorization redacted>'");
    expect(all).toMatch(/-H 'X-Sdk-Date: \d{8}T\d{6}Z'/);
    expect(all).not.toContain(secretKey);
  });

  test('with no credentials in the environment: exit 2, one line, nothing sent', async () => {
    const { code, stdout, stderr } = await cli(
      ['--base-url', brokenUrl, '--project-id', projectId, '--credentials', 'env'],
      {},
    );
    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(
      /^as-lifecycle-contract: Failed to read credentials: no credentials in the environment\./,
    );
    expect(stderr[0]).not.toContain('\n');
  });

  test('with only the AK in the environment: exit 2, the line names the missing SK', async () => {
    const { code, stderr } = await cli(
      ['--base-url', brokenUrl, '--project-id', projectId, '--credentials', 'env'],
      { HUAWEICLOUD_SDK_AK: accessKey },
    );
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^as-lifecycle-contract: .*HUAWEICLOUD_SDK_SK is not set/);
  });
});

test('--decisions report prints a deviation from our decisions and exits 0; by default it is a failure, exit 1', async () => {
  // A service that answers "no such group" as the provider documents it, without X-Request-Id:
  // requiring the header on every response is this project's decision.
  const noRequestId = createServer((_request, response) => {
    response.writeHead(400, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({ error: { code: 'AS.2007', message: 'The AS group does not exist.' } }),
    );
  });
  await new Promise<void>((resolve) => noRequestId.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(noRequestId.address() as AddressInfo).port}`;
    const argv = [
      '--base-url',
      url,
      '--project-id',
      projectId,
      '--only',
      'unknown_group',
      '--seed',
      '13',
    ];
    const reported = await cli([...argv, '--decisions', 'report']);
    expect(reported.code).toBe(0);
    expect(reported.stdout[0]).toContain(
      'checks: 7 run, 0 passed, 0 failed, 0 skipped, 7 deviated from our decisions (not failures)',
    );
    expect(reported.stdout[0]).toMatch(
      /\nDEVIATION unknown_group listLifecycleHooks .*\n {2}\[response_headers_conformance\] 1×, first: listLifecycleHooks 400: no X-Request-Id header/,
    );
    expect(reported.stderr).toEqual([
      expect.stringMatching(
        /^as-lifecycle-contract: 7 check\(s\) deviated from this project's decisions \(x-as-decision\), not failures: unknown_group /,
      ),
    ]);
    const enforced = await cli(argv);
    expect(enforced.code).toBe(1);
    expect(enforced.stdout[0]).toContain('checks: 7 run, 0 passed, 7 failed, 0 skipped');
    const wrong = await cli([...argv, '--decisions', 'lenient']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.join('\n')).toContain('enforce or report');
  } finally {
    await new Promise<void>((resolve) => noRequestId.close(() => resolve()));
  }
});

test('--help documents the exit codes and --decisions', async () => {
  const { stdout } = await cli(['--help']);
  expect(stdout[0]).toContain('--decisions');
  expect(stdout[0]).toContain(
    'Exit: 0 when no check failed (deviations under --decisions report are printed, not failures), 1 when one did',
  );
});
