import { defineConfig } from 'vitest/config';

const conditions = ['@as-lifecycle/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // Property runs and process tests: generous limits for a loaded 2-core machine, not timings.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    // The hostile-input tests force garbage collection (timers must survive it; memory is measured after it).
    execArgv: ['--expose-gc'],
  },
});
