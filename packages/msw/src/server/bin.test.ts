import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';

const bin = fileURLToPath(new URL('../bin.ts', import.meta.url));
const args = ['--conditions=@as-lifecycle/source', '--import', 'tsx', bin];

test('serves a seed file on a free loopback port and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'as-lifecycle-mock-'));
  const seed = join(dir, 'scenario.json');
  writeFileSync(seed, JSON.stringify(scenario));
  const child = spawn(process.execPath, [
    ...args,
    '--port',
    '0',
    '--seed',
    seed,
    '--clock',
    'virtual',
  ]);
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString());
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
  const listed = await fetch(
    `${url}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`,
  );
  expect((await listed.json()).instance_hanging_info[0].lifecycle_action_key).toBe(ids.key);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 60_000);

test('exits 2 with one line on a wrong command line', async () => {
  const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(process.execPath, [...args, '--auth', 'magic'], (error, _stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
  expect(result).toEqual({
    code: 2,
    stderr:
      'as-lifecycle-mock: --auth magic is not none, token or aksk. Run "as-lifecycle-mock --help" for usage.\n',
  });
}, 60_000);
