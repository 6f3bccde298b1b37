import { expect, test } from 'vitest';
import { mockUsage, startMockCli } from './run-mock-cli';

// The CLI in process, with its output collected: only command lines that never start a server.
async function start(argv: string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const started = await startMockCli(argv, {
    env,
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  if (typeof started !== 'number') {
    await started.close();
    throw new Error(`${JSON.stringify(argv)} started a server`);
  }
  return { code: started, stdout, stderr };
}

test('--help prints the usage, rendered with every flag, and exits 0', async () => {
  expect(await start(['-h'])).toEqual({ code: 0, stdout: [mockUsage], stderr: [] });
  for (const flag of [
    '--port N',
    '--host H',
    '--allow-host NAME',
    '--cors-origin ORIGIN',
    '--control-cors-origin ORIGIN',
    '--seed FILE',
    '--auth MODE',
    '--token-errors SHAPE',
    '--deny OPERATION',
    '--throttle N',
    '--default-timeout-min S',
  ]) {
    expect(mockUsage).toContain(flag);
  }
  expect(mockUsage).toMatch(/--clock MODE +real \(default\) \| virtual/);
});

test.each([
  [['--port', '70000'], '--port "70000" is not a whole number from 0 to 65535.'],
  [['--port', ''], '--port is empty. Give it a value.'],
  [['--port', '1', '--port', '2'], '--port is given twice. Give it once.'],
  [['--clock', 'fast'], '--clock "fast" is not real or virtual.'],
  [['--seed', '/nonexistent/scenario.json'], 'cannot read the seed file'],
  [['--colour'], "Unknown option '--colour'"],
  [['--cors-origin', 'localhost:5173'], '--cors-origin localhost:5173 is not an origin'],
  [['--control-cors-origin', '*'], '--control-cors-origin does not take *'],
  [['--token-errors', 'as'], '--token-errors "as" is not gateway or service.'],
  [['--token-errors', 'service'], '--token-errors applies to --auth token only'],
  [['--deny', 'createHook'], 'createHook'],
  [['--throttle', '1.5'], '--throttle "1.5" is not a whole number from 0 to 1000000.'],
  [
    ['--default-timeout-min', '30'],
    '--default-timeout-min "30" is not a whole number from 60 to 86400.',
  ],
])('%j exits 2 with one line naming the flag', async (argv, message) => {
  const { code, stdout, stderr } = await start(argv);
  expect(code).toBe(2);
  expect(stdout).toEqual([]);
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).toContain(message);
  expect(stderr[0]).toMatch(
    /^as-lifecycle-mock: [^\n]*Run "as-lifecycle-mock --help" for usage\.$/,
  );
});

test('a credential from the environment is never printed', async () => {
  const secret = 'mock-SECRET-sk-4711';
  const { code, stderr } = await start(['--auth', secret], { HUAWEICLOUD_SDK_SK: secret });
  expect(code).toBe(2);
  expect(stderr.join('\n')).not.toContain(secret);
});
