/**
 * Storybook: a fresh `createLifecycleMock` for each story, from `parameters.asLifecycle`, served by
 * msw-storybook-addon's worker and handed to `play` functions. Browser-safe; no import of
 * Storybook's packages (the types are structural).
 *
 * @example
 * // .storybook/preview.ts
 * import { lifecycleMockBeforeEach, lifecycleMockLoader } from '@as-lifecycle/msw/storybook';
 * import { mswLoader } from 'msw-storybook-addon/csf3';
 *
 * export default {
 *   loaders: [mswLoader(), lifecycleMockLoader],
 *   beforeEach: [lifecycleMockBeforeEach],
 * };
 */
export type {
  LifecycleStoryContext,
  LoadedLifecycleMock,
  StoryMswWorker,
} from './storybook/lifecycle-mock-loader';
export {
  lifecycleMockBeforeEach,
  lifecycleMockLoader,
  lifecycleMockOf,
} from './storybook/lifecycle-mock-loader';
export type { LifecycleStoryParameters } from './storybook/story-parameters';
