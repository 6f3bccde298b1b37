import { defineConfig } from 'tsup';

export default defineConfig({
  // The two hash backends are entries of their own: dist/index.* imports them through `#crypto`,
  // which package.json `imports` resolves per environment at the install site.
  entry: ['src/index.ts', 'src/crypto-node.ts', 'src/crypto-web.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  external: ['#crypto'],
  splitting: false,
  // Keep `node:crypto` as written: a bare `crypto` invites bundlers to substitute a polyfill.
  removeNodeProtocol: false,
  clean: true,
  target: 'es2022',
});
