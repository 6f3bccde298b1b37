import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The real bin as a child process, against a real HTTP server on loopback.
const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const server = createServer((request, response) => {
  response.setHeader('X-Request-Id', 'srv-1');
  if (request.url?.includes('/scaling_lifecycle_hook/missing/')) {
    response.writeHead(400, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({ error: { code: 'AS.2007', message: 'The AS group does not exist.' } }),
    );
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ lifecycle_hooks: [] }));
});
let endpoint = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const cli = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@as-lifecycle/source', '--import', 'tsx', bin, ...args],
      {
        env: {
          PATH: process.env.PATH,
          HUAWEICLOUD_SDK_TOKEN: 't',
          HUAWEICLOUD_SDK_PROJECT_ID: 'p',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });

test('the bin exits 0 with JSON, 1 on an API error and 2 on a usage error, never with a stack trace', async () => {
  const ok = await cli(['hooks', 'list', '--group', 'g', '--endpoint', endpoint]);
  expect(ok).toMatchObject({ code: 0, stderr: '' });
  expect(JSON.parse(ok.stdout)).toEqual({ lifecycle_hooks: [] });

  const api = await cli(['hooks', 'list', '--group', 'missing', '--endpoint', endpoint]);
  expect(api).toEqual({
    code: 1,
    stdout: '',
    stderr: 'as-lifecycle: AS.2007: The AS group does not exist. (HTTP 400, request id srv-1)\n',
  });

  const usage = await cli(['hooks', 'list', '--endpoint', endpoint]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toBe(
    'as-lifecycle: "hooks list" needs --group. Run "as-lifecycle --help" for usage.\n',
  );
}, 60_000);
