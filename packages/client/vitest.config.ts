import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@as-lifecycle/source'] },
  ssr: { resolve: { conditions: ['@as-lifecycle/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
