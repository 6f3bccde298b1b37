/** What the packages' tests share. Private: never published, imported from its sources. */
export { base, ids, readmeScenario, topic } from './fixtures';
export { endless, loopback, type Received, rawLoopback } from './loopback';
