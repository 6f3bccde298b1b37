import { defineConfig } from 'vitest/config';

// The consumer test (test/consumer.test.ts) packs the published packages and installs them with npm
// in a temporary project outside the workspace: whole tools and network installs, so generous
// limits (not timings), and one file in one fork.
export default defineConfig({
  test: {
    include: ['test/consumer.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
