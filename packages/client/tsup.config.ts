import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: ESM + CJS + types, self-contained so that bundlers shake it alone.
  { entry: ['src/index.ts'], format: ['esm', 'cjs'], dts: true, clean: true, target: 'es2022' },
  // The `as-lifecycle` CLI: Node ESM; esbuild keeps its #! line.
  { entry: ['src/bin.ts'], format: ['esm'], clean: false, target: 'node20', platform: 'node' },
]);
