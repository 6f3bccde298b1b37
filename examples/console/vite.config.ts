import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served against any endpoint (see src/config.ts); `pnpm demo` serves the build
// with a proxy to as-lifecycle-mock (scripts/demo.ts), so the browser talks to one origin.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@as-lifecycle/source'] },
  build: { target: 'es2022' },
});
