import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { imports } from './package.json';

// Tests run against source: `@as-lifecycle/source` first (as in tsconfig.base.json), then `node`,
// so `#crypto` resolves to src/crypto-node.ts the way Node resolves dist/crypto-node.js.
const conditions = ['@as-lifecycle/source', 'node'];
// The `web` project runs every file that signs or hashes with `#crypto` as a browser bundler
// resolves it: package.json's target without `node` (src/crypto-web.ts). Vitest adds `node` to
// every project's conditions, so the project takes that target by alias instead.
const webCrypto = fileURLToPath(
  new URL(imports['#crypto']['@as-lifecycle/source'].default, import.meta.url),
);

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // Property tests run hundreds of signatures: generous limits for a loaded 2-core machine, not timings.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        resolve: { alias: { '#crypto': webCrypto } },
        test: {
          name: 'web',
          include: [
            'src/crypto-backends.test.ts',
            'src/signature.test.ts',
            'src/vectors.test.ts',
            'src/sign.test.ts',
            'src/verify.test.ts',
            'src/verify-roundtrip.test.ts',
            'src/verify-tamper.test.ts',
          ],
          env: { SIGNER_CRYPTO: 'web' },
        },
      },
    ],
  },
});
