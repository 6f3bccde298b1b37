import { defineConfig } from 'tsup';

export default defineConfig({
  // index.ts is the library; bin.ts the `as-lifecycle` CLI (esbuild keeps its #! line). In ESM they
  // share one chunk, so the CLI does not ship a second copy of the client. The private command-line
  // kit is inlined (it is never published); only the CLI imports it, so it stays out of index.js.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  splitting: true,
  clean: true,
  target: 'es2022',
  noExternal: ['@as-lifecycle/cli-kit'],
});
