import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Debian's Chromium, which the test command installs (scripts/ensure-chromium.mjs). Never a browser
// download, which fails here. Missing, the tests fail with the instruction; they are never skipped.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Failed to start the browser tests: no Chromium at ${executablePath}. Install it (apt-get install -y chromium, as the test command does when run as root) or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@as-lifecycle/source', 'browser', 'module'] },
  // `msw init` writes mockServiceWorker.js here before the run (package.json test:browser).
  publicDir: 'test/browser-public',
  test: {
    include: ['src/**/*.browser.test.tsx'],
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      viewport: { width: 1280, height: 900 },
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
