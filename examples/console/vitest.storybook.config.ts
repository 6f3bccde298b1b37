import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium';

// Two projects, both in Debian's Chromium (scripts/chromium.ts):
// - `storybook`: the stories' play functions as tests, with the preview of .storybook/ (its
//   msw-storybook-addon worker and @as-lifecycle/msw/storybook loader); `msw init` writes
//   mockServiceWorker.js into test/storybook-public first (package.json test:storybook);
// - `storybook-static`: the output of `storybook build` (run before), served and opened.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        publicDir: 'test/storybook-public',
        test: {
          name: 'storybook',
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
      },
      {
        test: {
          name: 'storybook-static',
          include: ['test/storybook-static.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
