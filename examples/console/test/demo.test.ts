/**
 * `pnpm demo`, end to end: the demo script as a process (ports picked free), its page in real
 * Chromium, an instance continued there, the state changed in the mock, and Ctrl-C (SIGINT)
 * stopping everything with exit 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium';
import { groups, instances, projectId } from './console-scenario';

const script = fileURLToPath(new URL('../scripts/demo.ts', import.meta.url));
let demo: ChildProcess;
let output = '';
let browser: Browser;

/** The demo's exit code, once it has exited. */
let exited: Promise<number | null>;

/**
 * Resolves with the group of the first output matching `pattern`; rejects with all the output when
 * the demo exits first or `ms` pass.
 */
const waitFor = (pattern: RegExp, ms: number) =>
  new Promise<string>((resolve, reject) => {
    const look = () => {
      const match = pattern.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        demo.stdout?.off('data', look);
        resolve(match[1]);
      }
    };
    const fail = (why: string) => {
      clearTimeout(timer);
      demo.stdout?.off('data', look);
      reject(new Error(`demo printed no ${pattern} (${why}):\n${output}`));
    };
    const timer = setTimeout(() => fail(`in ${ms} ms`), ms);
    demo.stdout?.on('data', look);
    void exited.then((code) => fail(`it exited with ${code}`));
    look();
  });

beforeAll(async () => {
  demo = spawn(process.execPath, ['--conditions=@as-lifecycle/source', '--import', 'tsx', script], {
    // Free ports, and no new launches: the page shows exactly the scenario's instances.
    env: { ...process.env, DEMO_PORT: '0', DEMO_MOCK_PORT: '0', DEMO_LAUNCH_EVERY: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  exited = new Promise((resolve) => demo.once('exit', (code) => resolve(code)));
  demo.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  demo.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  if (demo.exitCode === null) demo.kill('SIGKILL');
});

test('the demo serves the console against the mock; Ctrl-C stops it', async () => {
  const url = await waitFor(/Lifecycle-hooks console\s+(http:\/\/\S+)/, 60_000);
  const mockUrl = await waitFor(/as-lifecycle-mock\s+(http:\/\/\S+)/, 1000);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  for (const id of [instances.webLaunching, instances.webLaunchingSoon, instances.webTerminating]) {
    await page.getByRole('row', { name: `instance ${id}` }).waitFor({ timeout: 30_000 });
  }

  const first = page.getByRole('row', { name: `instance ${instances.webLaunching}` });
  await first.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(0);
  await expect
    .poll(() => page.getByRole('region', { name: 'Activity' }).textContent())
    .toContain(`Continued ${instances.webLaunching}`);
  await page.screenshot({
    path: fileURLToPath(new URL('../screenshots/demo.png', import.meta.url)),
  });

  // The mock behind the proxy saw it: the instance is in service.
  const state = (await (await fetch(`${mockUrl}/__mock/state`)).json()) as {
    projects: {
      project_id: string;
      scaling_groups: {
        scaling_group_id: string;
        instances: { instance_id: string; lifecycle_state: string }[];
      }[];
    }[];
  };
  const web = state.projects
    .find((p) => p.project_id === projectId)
    ?.scaling_groups.find((g) => g.scaling_group_id === groups.web);
  expect(web?.instances).toContainEqual({
    instance_id: instances.webLaunching,
    lifecycle_state: 'INSERVICE',
  });

  demo.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(output).toContain('demo stopped');
  await expect(fetch(url)).rejects.toThrow();
});
