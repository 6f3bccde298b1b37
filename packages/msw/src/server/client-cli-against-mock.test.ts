/**
 * The `as-lifecycle` CLI (the client's real bin, as a child process) against a running
 * `as-lifecycle-mock` started with `--deny`, `--throttle` and `--auth token`: each refusal exits 1
 * with one line naming the provider's code.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import type { MockServer } from './create-mock-server';
import { startMockCli } from './run-mock-cli';

const clientDir = dirname(
  createRequire(import.meta.url).resolve('@as-lifecycle/client/package.json'),
);
const bin = join(clientDir, 'src', 'bin.ts');

const servers: MockServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function serve(flags: string[]): Promise<string> {
  const seed = join(tmpdir(), `client-cli-${process.pid}-${servers.length}.json`);
  await writeFile(seed, JSON.stringify(scenario));
  const started = await startMockCli(
    ['--port', '0', '--seed', seed, '--clock', 'virtual', ...flags],
    {
      env: { HUAWEICLOUD_SDK_TOKEN: 'good' },
      stdout: () => {},
      stderr: () => {},
    },
  );
  if (typeof started === 'number') throw new Error(`the mock did not start (${started})`);
  servers.push(started);
  return started.url;
}

const cli = (args: string[], token = 'good') =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@as-lifecycle/source', '--import', 'tsx', bin, ...args],
      {
        cwd: clientDir,
        env: {
          PATH: process.env.PATH,
          HUAWEICLOUD_SDK_TOKEN: token,
          HUAWEICLOUD_SDK_PROJECT_ID: ids.project,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

test('a denied operation exits 1 with one line naming AS.0031 and the IAM action', async () => {
  const endpoint = await serve(['--auth', 'token', '--deny', 'listLifecycleHooks']);
  const denied = await cli(['hooks', 'list', '--group', ids.group, '--endpoint', endpoint]);
  expect(denied.code).toBe(1);
  expect(denied.stdout).toBe('');
  expect(oneLine(denied.stderr)).toHaveLength(1);
  expect(denied.stderr).toContain('AS.0031');
  expect(denied.stderr).toContain("Policy doesn't allow [as:lifecycleHooks:list] to be performed.");
  expect(denied.stderr).not.toContain('good');
  // The operations not denied still answer.
  const shown = await cli([
    'hooks',
    'show',
    '--group',
    ids.group,
    '--hook',
    'hook-launch',
    '--endpoint',
    endpoint,
  ]);
  expect(shown.code).toBe(0);
});

test('a throttled call exits 1 with one line naming APIG.0308; an unknown token, APIGW.0301', async () => {
  const endpoint = await serve(['--auth', 'token', '--throttle', '0']);
  const throttled = await cli(['hooks', 'list', '--group', ids.group, '--endpoint', endpoint]);
  expect(throttled.code).toBe(1);
  expect(oneLine(throttled.stderr)).toHaveLength(1);
  expect(throttled.stderr).toContain('APIG.0308');
  expect(throttled.stderr).toContain('policy user over ratelimit,limit:0,time:1 second');

  const refused = await cli(
    ['hooks', 'list', '--group', ids.group, '--endpoint', endpoint],
    'stale',
  );
  expect(refused.code).toBe(1);
  expect(oneLine(refused.stderr)).toHaveLength(1);
  expect(refused.stderr).toContain('APIGW.0301');
  expect(refused.stderr).toContain('decrypt token fail');
});
