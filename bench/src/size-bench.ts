/**
 * What a consumer pays to ship a client with AK/SK signing: ours (bundled for browsers from the
 * published dist) beside the provider's Node SDK core (bundled for Node), and what each installs.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface SizeRow {
  name: string;
  minifiedBytes: number;
  gzippedBytes: number;
  installedBytes: number;
  installedPackages: number;
}

const require = createRequire(import.meta.url);

async function bundle(
  source: string,
  platform: 'browser' | 'node',
): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: {
      contents: source,
      resolveDir: dirname(new URL(import.meta.url).pathname),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
    // A Node bundle keeps Node's built-ins outside, as any Node bundler does.
    ...(platform === 'node' ? { external: ['node:*'] } : {}),
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The installed size of a package and every runtime dependency it pulls, each counted once. */
function installedSize(name: string, from: string): { bytes: number; packages: number } {
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (pkg: string, base: string) => {
    let manifest: string;
    try {
      manifest = realpathSync(createRequire(join(base, 'noop.js')).resolve(`${pkg}/package.json`));
    } catch {
      return; // an optional dependency that is not installed
    }
    const dir = dirname(manifest);
    if (seen.has(dir)) return;
    seen.add(dir);
    // A workspace package counts as published: its package.json, README and dist.
    bytes += dir.includes('/node_modules/')
      ? directorySize(dir)
      : ['package.json', 'README.md', 'dist'].reduce((sum, file) => {
          const path = join(dir, file);
          const stat = statSync(path, { throwIfNoEntry: false });
          return sum + (stat?.isDirectory() ? directorySize(path) : (stat?.size ?? 0));
        }, 0);
    const { dependencies = {} } = require(manifest) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(dependencies)) visit(dependency, dir);
  };
  visit(name, from);
  return { bytes, packages: seen.size };
}

export async function benchSize(): Promise<SizeRow[]> {
  const here = dirname(new URL(import.meta.url).pathname);
  const ours = await bundle(
    "export { createAutoScalingClient } from '@as-lifecycle/client';",
    'browser',
  );
  const provider = await bundle(
    "export { BasicCredentials, ClientBuilder, HcClient } from '@huaweicloud/huaweicloud-sdk-core';",
    'node',
  );
  const oursInstalled = installedSize('@as-lifecycle/client', here);
  const providerInstalled = installedSize('@huaweicloud/huaweicloud-sdk-core', here);
  return [
    {
      name: '@as-lifecycle/client (browser bundle)',
      minifiedBytes: ours.min,
      gzippedBytes: ours.gz,
      installedBytes: oursInstalled.bytes,
      installedPackages: oursInstalled.packages,
    },
    {
      name: '@huaweicloud/huaweicloud-sdk-core 3.1.211 (Node bundle)',
      minifiedBytes: provider.min,
      gzippedBytes: provider.gz,
      installedBytes: providerInstalled.bytes,
      installedPackages: providerInstalled.packages,
    },
  ];
}
