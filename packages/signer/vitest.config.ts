import { defineConfig } from 'vitest/config';

// Tests run against source: `@as-lifecycle/source` first (as in tsconfig.base.json), then `node`,
// so `#crypto` resolves to src/crypto-node.ts the way Node resolves dist/crypto-node.js.
const conditions = ['@as-lifecycle/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
