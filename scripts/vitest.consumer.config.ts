import { defineConfig } from 'vitest/config';

// The consumer tests (test/consumer*.test.ts) pack the published packages once (globalSetup) and
// install them with npm in temporary projects outside the workspace: whole tools and network
// installs, so generous limits (not timings), and one file at a time in one fork.
export default defineConfig({
  test: {
    include: ['test/consumer*.test.ts'],
    globalSetup: ['test/consumer-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
