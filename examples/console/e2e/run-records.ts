/**
 * Notes the tests of one run leave for each other in the run's directory (the config makes one,
 * `CONSOLE_E2E_RUN`): what a test launched, where its mock is, which worker ran it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';

export interface RunRecord {
  title: string;
  workerIndex: number;
  parallelIndex: number;
  mockUrl: string;
  /** Instances the test launched into its own mock. */
  launched: string[];
}

const runDir = () => {
  const dir = process.env.CONSOLE_E2E_RUN;
  if (!dir)
    throw new Error(
      'CONSOLE_E2E_RUN is not set: run the suite with `playwright test` and its config.',
    );
  return dir;
};

/** Leaves `record` under `name`. */
export function leave(name: string, record: RunRecord): void {
  writeFileSync(join(runDir(), `${name}.json`), JSON.stringify(record));
}

/** The records left so far whose name starts with `prefix`. */
export function recordsOf(prefix: string): RunRecord[] {
  return readdirSync(runDir())
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(runDir(), f), 'utf8')) as RunRecord);
}

/**
 * Waits until the record `name` is left, and answers it. Only a test running at the same time
 * (in the other worker) can leave it: waiting fails when the workers do not run in parallel.
 */
export async function meet(name: string, timeout: number): Promise<RunRecord> {
  const file = join(runDir(), `${name}.json`);
  await expect
    .poll(() => existsSync(file), {
      timeout,
      message: `no test left "${name}" while this one ran: the other worker is not running beside this one`,
    })
    .toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as RunRecord;
}
