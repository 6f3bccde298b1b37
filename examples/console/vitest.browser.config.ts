import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium';

// Debian's Chromium (scripts/chromium.ts): missing, the run fails with the instruction.
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
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
