import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const conditions = ['@as-lifecycle/source'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.{ts,tsx}'],
    // A loaded 2-core machine: generous limits, not timings.
    testTimeout: 30_000,
  },
});
