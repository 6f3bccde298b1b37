/**
 * Storybook for the console: its stories (src/*.stories.tsx) run against a fresh
 * `@as-lifecycle/msw` mock each, served by msw-storybook-addon's worker (preview.ts). The worker's
 * script, `mockServiceWorker.js`, is written by `msw init test/storybook-public` (package.json
 * test:storybook) and served from there, by the dev server and in the static build.
 */
import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-vitest'],
  staticDirs: ['../test/storybook-public'],
  core: { disableTelemetry: true },
  // The workspace packages from their sources, as the console's own Vite config resolves them.
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, conditions: ['@as-lifecycle/source', 'browser', 'module'] },
  }),
};

export default config;
