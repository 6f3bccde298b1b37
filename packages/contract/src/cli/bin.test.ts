import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer, type MockServer } from '@as-lifecycle/msw/server';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The real bin as a child process, against the mock over HTTP on a free loopback port.
const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const projectId = '0605767a3300d5762fb7c0186d9e1779';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer(createLifecycleMock({ clock: 'virtual' }), { port: 0 });
});
afterAll(() => server?.close());

const cli = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@as-lifecycle/source', '--import', 'tsx', bin, ...args],
      { env: { PATH: process.env.PATH, ...env } },
      (error, stdout, stderr) =>
        // A child killed by a signal has no exit code: never read that as success.
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        }),
    );
  });

test('--help exits 0 with the usage on stdout', async () => {
  const { code, stdout, stderr } = await cli(['--help']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  expect(stdout).toMatch(/^Usage: as-lifecycle-contract --base-url URL --project-id P/);
  expect(stdout).toMatch(/\n$/);
});

test('a wrong flag exits 2 with one line on stderr and nothing on stdout', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    server.url,
    '--project-id',
    projectId,
    '--no-such-flag',
  ]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^as-lifecycle-contract: [^\n]*'--no-such-flag'[^\n]*\n$/);
});

test('against the running mock with --control mock: exit 0 and the table with no failure', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    server.url,
    '--project-id',
    projectId,
    '--control',
    'mock',
    '--runs',
    '3',
    '--seed',
    '21',
  ]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/^check\s+result\s+requests\s+time\n/);
  expect(stdout).toMatch(/\nchecks: (\d+) run, \d+ passed, 0 failed, \d+ skipped\n/);
  expect(stdout).toMatch(/^callback_sequence\s+passed\b/m);
  expect(stdout).toContain('seed 21; 3 runs per property; provider: as-lifecycle-mock at ');
});

test('a failed check exits 1, naming it on stderr', async () => {
  const { code, stdout, stderr } = await cli([
    '--base-url',
    'http://127.0.0.1:9',
    '--project-id',
    projectId,
    '--only',
    'unknown_group listLifecycleHooks',
    '--seed',
    '22',
  ]);
  expect(code).toBe(1);
  expect(stdout).toContain('FAILED unknown_group listLifecycleHooks');
  expect(stderr).toBe(
    'as-lifecycle-contract: 1 check(s) failed: unknown_group listLifecycleHooks (seed 22)\n',
  );
});

test('--credentials env reads the process environment and signs with it', async () => {
  const signing = await createMockServer(
    createLifecycleMock({
      clock: 'virtual',
      auth: { keys: { BINAK: { secretKey: 'bin-secret-key', projectId } } },
    }),
    { port: 0 },
  );
  try {
    const { code, stdout, stderr } = await cli(
      [
        '--base-url',
        signing.url,
        '--project-id',
        projectId,
        '--credentials',
        'env',
        '--only',
        'auth',
        '--only',
        'unknown_group',
      ],
      { HUAWEICLOUD_SDK_AK: 'BINAK', HUAWEICLOUD_SDK_SK: 'bin-secret-key' },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/missing_auth\s+passed/);
    expect(stdout).toMatch(/wrong_auth\s+passed/);
    expect(stdout).not.toContain('bin-secret-key');
  } finally {
    await signing.close();
  }
});
