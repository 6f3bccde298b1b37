import { defineConfig } from 'tsup';

export default defineConfig([
  // `.` (the vitest suite) and `./runner` (no vitest), built together so that ESM shares one copy
  // of the runner between them. `.` imports vitest, which refuses require(): its CJS build is not
  // published (package.json `files`). `shims` gives the CJS runner an `import.meta.url`, with which
  // the spec document is found.
  {
    entry: ['src/index.ts', 'src/runner.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    shims: true,
    target: 'es2022',
    external: ['vitest'],
  },
  // The `as-lifecycle-contract` CLI: Node ESM; esbuild keeps its #! line. The private command-line
  // kit is inlined: it is never published.
  {
    entry: ['src/bin.ts'],
    format: ['esm'],
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['@as-lifecycle/cli-kit'],
  },
]);
