/**
 * The console's Playwright suite (`pnpm test:e2e`): the built console (`dist/`, turbo builds it
 * first) served once by `vite preview`, two workers at once, each with its own as-lifecycle-mock
 * from `@as-lifecycle/msw/playwright`, the page's API calls routed to it. Debian's Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';

/** A port free on 127.0.0.1 now, for the preview server. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

// The config is loaded again in each worker: the main process picks the port and the directory
// where the workers meet (e2e/parallel.spec.ts) once, and the workers inherit them.
process.env.CONSOLE_E2E_PORT ??= String(await freePort());
if (!process.env.CONSOLE_E2E_RUN) {
  const run = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  process.env.CONSOLE_E2E_RUN = run;
  process.on('exit', () => rmSync(run, { recursive: true, force: true }));
}
const baseURL = `http://127.0.0.1:${process.env.CONSOLE_E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A loaded 2-core machine: generous limits, never timings.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${process.env.CONSOLE_E2E_PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 900 },
  },
});
