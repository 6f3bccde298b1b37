/**
 * A fresh `createLifecycleMock` for each story render, in two steps that do not depend on the order
 * of the preview's loaders: the loader makes the mock from `parameters.asLifecycle` (and returns it
 * as `loaded.lifecycleMock`), then the `beforeEach` (which Storybook runs after every loader, so
 * after msw-storybook-addon's `mswLoader()` has reset its worker) hands its handlers to the worker
 * at `context.msw`. Typed structurally: no import of Storybook's packages.
 * See docs/decisions/019-storybook-scenarios-per-story.md.
 */
import type { RequestHandler } from 'msw';
import { createLifecycleMock, type LifecycleMock } from '../create-lifecycle-mock';
import { mockOptionsOf, readStoryParameters } from './story-parameters';

/**
 * The worker msw-storybook-addon puts at `context.msw` (an msw `SetupWorker`), as far as it is used.
 *
 * @example
 * import type { StoryMswWorker } from '@as-lifecycle/msw/storybook';
 * import { setupWorker } from 'msw/browser';
 *
 * const worker: StoryMswWorker = setupWorker();
 */
export interface StoryMswWorker {
  use(...handlers: RequestHandler[]): void;
  resetHandlers(): void;
}

/**
 * The part of Storybook's story context that the loader, the `beforeEach` and `lifecycleMockOf`
 * read: a `StoryContext` of any renderer is one.
 *
 * @example
 * import type { LifecycleStoryContext } from '@as-lifecycle/msw/storybook';
 *
 * const scenarioOf = (context: LifecycleStoryContext) => context.parameters.asLifecycle;
 */
export interface LifecycleStoryContext {
  parameters: Record<string, unknown>;
  loaded?: Record<string, unknown>;
  msw?: StoryMswWorker;
}

/**
 * What `lifecycleMockLoader` adds to `context.loaded`.
 *
 * @example
 * import type { LoadedLifecycleMock } from '@as-lifecycle/msw/storybook';
 *
 * const held = (loaded: LoadedLifecycleMock) => loaded.lifecycleMock?.snapshot();
 */
export interface LoadedLifecycleMock {
  /** The story's mock; absent when the story says `asLifecycle: false`. */
  lifecycleMock?: LifecycleMock;
}

const fail = (why: string): never => {
  throw new Error(`Failed to give the story its lifecycle mock: ${why}.`);
};

/**
 * A Storybook loader: makes a fresh mock for each story render from `parameters.asLifecycle`
 * (seeded, its virtual clock moved on by `advance`, its `faults` queued) and returns it as
 * `loaded.lifecycleMock`. Put it in the preview's `loaders`, in any order with msw-storybook-addon's
 * `mswLoader()`, and `lifecycleMockBeforeEach` in its `beforeEach`. Throws, naming the fix, on
 * missing or wrong parameters (`asLifecycle: false` opts a story out).
 *
 * @example
 * import { lifecycleMockBeforeEach, lifecycleMockLoader } from '@as-lifecycle/msw/storybook';
 * import { mswLoader } from 'msw-storybook-addon/csf3';
 *
 * const preview = {
 *   loaders: [mswLoader(), lifecycleMockLoader],
 *   beforeEach: [lifecycleMockBeforeEach],
 * };
 */
export async function lifecycleMockLoader(
  context: LifecycleStoryContext,
): Promise<LoadedLifecycleMock> {
  const story = readStoryParameters(context.parameters);
  if (story === undefined) return {};
  const { options } = mockOptionsOf(story);
  const mock = createLifecycleMock(options);
  if (story.advance) mock.clock.advance(story.advance);
  for (const { operationId, fault } of story.faults ?? []) mock.fail(operationId, fault);
  return { lifecycleMock: mock };
}

/**
 * A Storybook `beforeEach`: hands the story's mock's handlers to msw-storybook-addon's worker
 * (`context.msw`, set by its `mswLoader()` or `addonMsw()`), and takes them back when the story is
 * left. Storybook runs it after every loader; a story's own `beforeEach` runs after it, so its
 * `msw.use(...)` overrides come first. Throws, naming the fix, when the loader or the worker is
 * missing.
 *
 * @example
 * import { lifecycleMockBeforeEach, lifecycleMockLoader } from '@as-lifecycle/msw/storybook';
 *
 * const preview = { loaders: [lifecycleMockLoader], beforeEach: [lifecycleMockBeforeEach] };
 */
export function lifecycleMockBeforeEach(context: LifecycleStoryContext): (() => void) | undefined {
  const mock = context.loaded?.lifecycleMock as LifecycleMock | undefined;
  if (mock === undefined) {
    if (context.parameters.asLifecycle === false) return undefined;
    return fail(
      "no loaded.lifecycleMock; add lifecycleMockLoader to the preview's loaders (beside msw-storybook-addon's mswLoader())",
    );
  }
  const worker = context.msw;
  if (worker === undefined) {
    return fail(
      "no MSW worker at context.msw; set up msw-storybook-addon: mswLoader() from 'msw-storybook-addon/csf3' in the preview's loaders (CSF 3), or addonMsw() in its addons (CSF Next, listed before lifecycleMockBeforeEach runs)",
    );
  }
  worker.use(...mock.handlers);
  return () => worker.resetHandlers();
}

/**
 * The story's mock, for a `play` function: to read its state (`group`, `snapshot`, `requests`),
 * move its virtual clock, or queue a fault. Throws, naming the fix, when there is none.
 *
 * @example
 * import { lifecycleMockOf } from '@as-lifecycle/msw/storybook';
 *
 * const play = async (context: { parameters: Record<string, unknown>; loaded: Record<string, unknown> }) => {
 *   const mock = lifecycleMockOf(context);
 *   mock.clock.advance(600);
 * };
 */
export function lifecycleMockOf(context: LifecycleStoryContext): LifecycleMock {
  const mock = context.loaded?.lifecycleMock as LifecycleMock | undefined;
  if (mock !== undefined) return mock;
  return fail(
    context.parameters.asLifecycle === false
      ? 'the story says parameters.asLifecycle: false; give it { scenario } to have a mock'
      : "no loaded.lifecycleMock; add lifecycleMockLoader to the preview's loaders and give the story parameters.asLifecycle: { scenario }",
  );
}
