// vitest's globalSetup for the consumer tests: packs the published packages once (their built
// dist/, what `changeset publish` uploads) and gives the tarballs' paths to every file
// (consumer-kit.ts `tarballs()`); removes them when the run ends.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packPublished } from './consumer-kit';

export default async function setup(project: TestProject) {
  const destination = await mkdtemp(join(tmpdir(), 'as-lifecycle-tarballs-'));
  const started = performance.now();
  project.provide('tarballs', await packPublished(destination));
  console.log(`pnpm pack (6 packages): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    if (!process.env.AS_LIFECYCLE_KEEP_CONSUMER)
      await rm(destination, { recursive: true, force: true });
  };
}
