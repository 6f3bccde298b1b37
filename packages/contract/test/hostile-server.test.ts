/**
 * Attacks by the server under test, over real loopback HTTP with the platform's `fetch`: a target
 * or a mock control plane that redirects (with credentials at stake), never answers, or answers
 * without end. Each run must end with a clear reason, send nothing elsewhere, and read no more
 * than its bound.
 */
import { endless, loopback, rawLoopback } from '@as-lifecycle/test-kit/loopback';
import { expect, test } from 'vitest';
import { MockServerControlError, mockServerProvider } from '../src/providers/mock-server-provider';
import { cli } from './run-cli';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const scenario = { project_id: projectId, scaling_groups: [] };

test('a target that redirects: every check fails naming the redirect, and the token never leaves', async () => {
  const other = await loopback((_, response) => response.writeHead(204).end());
  const target = await loopback((request, response) =>
    response.writeHead(307, { location: `http://localhost:${other.port}${request.url}` }).end(),
  );
  const run = await cli(
    ['--base-url', target.url, '--project-id', projectId, '--credentials', 'env', '--runs', '1'],
    { HUAWEICLOUD_SDK_TOKEN: 'secret-iam-token' },
  );
  expect(run.code).toBe(1);
  expect(run.stdout.join('\n')).toMatch(
    /answered 307 redirecting to http:\/\/localhost:\d+\/autoscaling-api\//,
  );
  expect(run.stdout.join('\n')).toContain('redirects are never followed');
  expect(`${run.stdout.join('\n')}${run.stderr.join('')}`).not.toContain('secret-iam-token');
  expect(target.received.length).toBeGreaterThan(0);
  expect(target.received.some((r) => r.headers['x-auth-token'] === 'secret-iam-token')).toBe(true);
  expect(other.received).toHaveLength(0);
});

test('a control plane that redirects is refused, and the scenario is not posted elsewhere', async () => {
  const other = await loopback((_, response) => response.writeHead(200).end('{}'));
  const server = await loopback((request, response) =>
    response.writeHead(308, { location: `${other.url}${request.url}` }).end(),
  );
  const provider = mockServerProvider({ baseUrl: server.url });
  await expect(provider.seed(scenario)).rejects.toThrow(
    /POST http:\/\/127\.0\.0\.1:\d+\/__mock\/seed: it answered 308 redirecting to http:\/\/127\.0\.0\.1:\d+\/__mock\/seed/,
  );
  expect(other.received).toHaveLength(0);
});

test('a control call that never answers ends at timeoutMs, even when garbage collection runs meanwhile', async () => {
  const server = await loopback(() => undefined);
  const provider = mockServerProvider({ baseUrl: server.url, timeoutMs: 300 });
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = setInterval(() => gc?.(), 50);
  try {
    const error = await provider.seed(scenario).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockServerControlError);
    expect((error as Error).message).toMatch(/__mock\/seed: no response within 300 ms/);
  } finally {
    clearInterval(collect);
  }
  expect(gc, 'the test process runs with --expose-gc').toBeTypeOf('function');
});

test('the CLI with --control mock against a server that never answers exits 1 with the reason', async () => {
  const server = await loopback(() => undefined);
  const run = await cli([
    '--base-url',
    server.url,
    '--project-id',
    projectId,
    '--control',
    'mock',
    '--timeout-ms',
    '200',
    '--only',
    'callback_sequence',
  ]);
  expect(run.code).toBe(1);
  expect(run.stdout.join('\n')).toMatch(/callback_sequence[^\n]*\n?.*no response within 200 ms/);
  expect(run.stderr).toHaveLength(1);
  expect(run.stderr[0]).toMatch(/^as-lifecycle-contract: \d+ check\(s\) failed: /);
});

test('a target whose answers never end fails its checks at the response limit', async () => {
  const target = await loopback((_, response) => endless(response));
  const run = await cli([
    '--base-url',
    target.url,
    '--project-id',
    projectId,
    '--only',
    'unknown_group',
    '--runs',
    '1',
  ]);
  expect(run.code).toBe(1);
  expect(run.stdout.join('\n')).toMatch(/larger than 4194304 bytes; the suite stopped reading it/);
});

test('a control answer that never ends is refused at its limit', async () => {
  const server = await loopback((_, response) => endless(response));
  const provider = mockServerProvider({ baseUrl: server.url, maxResponseBytes: 1024 * 1024 });
  await expect(provider.instances(projectId, 'g')).rejects.toThrow(
    /GET http:\/\/127\.0\.0\.1:\d+\/__mock\/state: the 200 response body is larger than 1048576 bytes/,
  );
});

test('a target that answers bytes that are not HTTP fails its checks with the reason, no crash', async () => {
  const url = await rawLoopback('SSH-2.0-OpenSSH_9.6\r\n\r\n');
  const run = await cli(['--base-url', url, '--project-id', projectId, '--only', 'unknown_group']);
  expect(run.code).toBe(1);
  expect(run.stdout.join('\n')).toMatch(/the request failed at the network level/);
  expect(run.stderr).toHaveLength(1);
});
