import { defineConfig } from 'vitest/config';

const conditions = ['@as-lifecycle/source', 'node'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/**/*.test.ts'] },
});
