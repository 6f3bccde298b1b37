/**
 * Every story gets its own mock: msw-storybook-addon's `mswLoader()` starts the worker (once) and
 * resets its handlers; `lifecycleMockLoader` makes a fresh mock from the story's
 * `parameters.asLifecycle`; `lifecycleMockBeforeEach`, which Storybook runs after every loader,
 * hands the mock's handlers to the worker. See docs/decisions/019-storybook-scenarios-per-story.md.
 */
import { lifecycleMockBeforeEach, lifecycleMockLoader } from '@as-lifecycle/msw/storybook';
import type { Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';

const preview: Preview = {
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      // The console talks to the region endpoint; everything else (Storybook's own modules,
      // fonts) goes to the network untouched.
      await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
      return worker;
    }),
    lifecycleMockLoader,
  ],
  beforeEach: [lifecycleMockBeforeEach],
  parameters: { layout: 'fullscreen' },
};

export default preview;
