import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@as-lifecycle/source'] },
  ssr: { resolve: { conditions: ['@as-lifecycle/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // The CLI tests start processes: generous limits for a loaded 2-core machine, not timings.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
