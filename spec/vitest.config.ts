import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Validating the whole document is slow on a loaded 2-core machine: a generous limit, not a timing.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 },
});
