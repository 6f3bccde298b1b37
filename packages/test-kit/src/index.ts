/**
 * What the packages' tests share, for Node and browsers: the README's scenario and ids. The
 * loopback servers (Node only) are `@as-lifecycle/test-kit/loopback`. Private: never published,
 * imported from its sources.
 */
export { base, ids, readmeScenario, topic } from './fixtures';
