import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // These tests run whole tools (changeset, pnpm) in temporary folders: generous limits, not timings.
  // test/consumer*.test.ts run on their own (`test:consumer`, vitest.consumer.config.ts), after a build.
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/consumer*.test.ts'],
    testTimeout: 120_000,
  },
});
