import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The browser tests run in a real Chromium: Debian's, which CI installs (.ci/run). Never a browser
// download, which fails here. Missing, they fail with the instruction, they are never skipped.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Failed to start the browser tests: no Chromium at ${executablePath}. Install it (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  resolve: { conditions: ['@as-lifecycle/source', 'browser', 'module'] },
  // `msw init` writes mockServiceWorker.js here before the run (package.json test:browser).
  publicDir: 'test/browser-public',
  test: {
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
