import { defineConfig } from 'tsup';

export default defineConfig([
  // The library: index (browsers and Node) and server (Node), ESM + CJS + types.
  {
    entry: ['src/index.ts', 'src/server.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
  },
  // The `as-lifecycle-mock` CLI: Node ESM; esbuild keeps its #! line.
  { entry: ['src/bin.ts'], format: ['esm'], clean: false, target: 'node20', platform: 'node' },
]);
