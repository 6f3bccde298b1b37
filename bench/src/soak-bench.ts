/**
 * Soak, one run: `as-lifecycle-mock` (its built bin, virtual clock, the benchmark scenario) as a
 * child process on 127.0.0.1, loaded by autocannon for `soakSeconds` with the EXTEND callback (the
 * seeded record stays HANGING, so every call is accepted); its resident memory after a warm-up and
 * after the load, and its journal's length at the end. A measurement: it never throws on numbers.
 *
 * Alone: `node --import tsx bench/src/soak-bench.ts` prints the row as JSON.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { callbackHeaders, callbackPath, extendBody, scenario, seededKey } from './msw-bench';
import { autocannon, rssBytes, type Started, startServer, stopServer } from './processes';

export interface SoakRow {
  name: string;
  /** Requests answered during the soak (the warm-up not counted). */
  requests: number;
  /** Responses by status code, during the soak. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts, during the soak. */
  errors: number;
  /** autocannon's 99th percentile latency (whole ms). */
  p99Ms: number;
  /** The server's VmRSS in bytes after the warm-up and after the soak; undefined off Linux. */
  rssStartBytes: number | undefined;
  rssEndBytes: number | undefined;
  /** Entries `GET /__mock/requests` answers after the soak (the journal keeps the last 1000). */
  journalLength: number | undefined;
  /** Why it could not be measured. */
  failure?: string;
}

export const soakName = 'as-lifecycle-mock';
export const soakConnections = 10;
export const soakWarmupSeconds = 2;
export const soakSeconds = 20;
const bin = fileURLToPath(
  new URL('../node_modules/@as-lifecycle/msw/dist/bin.js', import.meta.url),
);
const load = {
  connections: soakConnections,
  method: 'PUT',
  headers: callbackHeaders,
  body: extendBody(seededKey),
};

/** The journal's length, or undefined when it cannot be read as a JSON array. */
async function journalLength(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}/__mock/requests`, { signal: AbortSignal.timeout(10_000) });
    const entries: unknown = await response.json();
    return Array.isArray(entries) ? entries.length : undefined;
  } catch {
    return undefined;
  }
}

const empty = (failure: string): SoakRow => ({
  name: soakName,
  requests: 0,
  statuses: {},
  errors: 0,
  p99Ms: 0,
  rssStartBytes: undefined,
  rssEndBytes: undefined,
  journalLength: undefined,
  failure,
});

/** Starts the bin seeded, warms it up, soaks it, reads its memory and journal, and stops it. */
export async function benchSoak(): Promise<SoakRow> {
  if (!existsSync(bin)) return empty(`${bin} is missing: build @as-lifecycle/msw first`);
  const dir = mkdtempSync(join(tmpdir(), 'as-lifecycle-soak-'));
  const seed = join(dir, 'scenario.json');
  writeFileSync(seed, JSON.stringify(scenario()));
  let started: Started | undefined;
  try {
    started = await startServer([bin, '--port', '0', '--clock', 'virtual', '--seed', seed]);
    const target = `${started.url}${callbackPath}`;
    await autocannon(target, { ...load, duration: soakWarmupSeconds });
    const rssStartBytes = rssBytes(started.child);
    const run = await autocannon(target, { ...load, duration: soakSeconds });
    const rssEndBytes = rssBytes(started.child);
    const statuses: Record<string, number> = {};
    for (const [status, { count }] of Object.entries(run.statusCodeStats)) {
      statuses[status] = count;
    }
    return {
      name: soakName,
      requests: run.requests.total,
      statuses,
      errors: run.errors + run.timeouts,
      p99Ms: run.latency.p99,
      rssStartBytes,
      rssEndBytes,
      journalLength: await journalLength(started.url),
    };
  } catch (error) {
    return empty(error instanceof Error ? error.message : String(error));
  } finally {
    if (started) await stopServer(started.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchSoak(), null, 2));
}
