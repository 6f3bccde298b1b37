import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: `.` (the vitest suite) and `./runner` (no vitest), ESM + CJS + types. `shims` gives
  // the CJS build an `import.meta.url`, with which the spec document is found.
  {
    entry: ['src/index.ts', 'src/runner.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    shims: true,
    target: 'es2022',
    external: ['vitest'],
  },
  // The `as-lifecycle-contract` CLI: Node ESM; esbuild keeps its #! line.
  { entry: ['src/bin.ts'], format: ['esm'], clean: false, target: 'node20', platform: 'node' },
]);
