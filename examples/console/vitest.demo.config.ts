import { defineConfig } from 'vitest/config';

// `pnpm demo` as a person uses it: the script started as a process, the page opened in Debian's
// Chromium through playwright. Needs the built console (turbo's test:demo depends on build).
export default defineConfig({
  test: {
    include: ['test/demo.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
