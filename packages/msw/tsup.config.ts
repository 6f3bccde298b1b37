import { defineConfig } from 'tsup';

// The private command-line kit is inlined wherever the CLI is reached (the bin, and `./server`,
// which exports startMockCli): it is never published, so nothing may import it at run time.
const noExternal = ['@as-lifecycle/cli-kit'];

export default defineConfig([
  // The library: index (browsers and Node), server (Node), and the test matchers (the shared
  // `matchers`, and `vitest` and `jest`, which extend their runner's expect), storybook (browsers),
  // ESM + CJS + types. `playwright` (Node) holds the Playwright fixtures; @playwright/test is a
  // type-only peer.
  {
    entry: [
      'src/index.ts',
      'src/server.ts',
      'src/matchers.ts',
      'src/vitest.ts',
      'src/jest.ts',
      'src/storybook.ts',
      'src/playwright.ts',
    ],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    noExternal,
  },
  // The `as-lifecycle-mock` CLI: Node ESM; esbuild keeps its #! line.
  {
    entry: ['src/bin.ts'],
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal,
  },
]);
