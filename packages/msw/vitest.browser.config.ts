import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium';

// Debian's Chromium (scripts/chromium.ts): missing, the run fails with the instruction.
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
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
