import { defineConfig } from 'vitest/config';

export default defineConfig({
  // These tests run whole tools (changeset, pnpm) in temporary folders: generous limits, not timings.
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
