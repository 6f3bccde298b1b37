import { defineConfig } from 'vitest/config';

const conditions = ['@as-lifecycle/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // Property and process tests: generous limits for a loaded 2-core machine, not timings.
  test: {
    include: ['src/**/*.test.ts'],
    // Run by vitest.browser.config.ts in real Chromium (test:browser).
    exclude: ['src/**/*.browser.test.ts'],
    testTimeout: 60_000,
    // The hostile-input tests measure memory after a forced garbage collection.
    execArgv: ['--expose-gc'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
