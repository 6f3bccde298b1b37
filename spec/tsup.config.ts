import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/model.ts', 'src/load.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  shims: true,
  target: 'es2022',
});
