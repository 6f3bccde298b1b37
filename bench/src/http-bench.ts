/**
 * Over HTTP, one run: `as-lifecycle-mock` (its built bin), Prism serving the same spec (as it
 * comes, and with its per-request logging silenced), and a bare
 * `node:http` server answering 204 (the limit), each a child process on 127.0.0.1 started and stopped
 * here, loaded in interleaved rounds by autocannon (a child process too) with the same callback.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callbackHeaders, callbackPath, extendBody, scenario, seededKey } from './msw-bench';
import {
  autocannon,
  type Cannon,
  cpuMicros,
  freePort,
  type Started,
  startServer,
  stopServer,
} from './processes';

export interface HttpRow {
  name: string;
  /** Median over the rounds of autocannon's mean requests/s; 0 when the server could not run. */
  requestsPerSecond: number;
  /** Medians over the rounds of the latency mean and 99th percentile (whole ms in autocannon). */
  meanMs: number;
  p99Ms: number;
  /** Median over the rounds of the server's CPU time per answered request (Linux only). */
  cpuMicrosPerRequest: number | undefined;
  /** Responses by status code, over all rounds. */
  statuses: Record<string, number>;
  /** Connection errors and timeouts, over all rounds. */
  errors: number;
  /** Why it could not be measured. */
  failure?: string;
}

export const connections = 10;
export const warmupSeconds = 2;
export const rounds = 3;
export const seconds = 3;
const at = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const body = extendBody(seededKey);
const load = { connections, method: 'PUT', headers: callbackHeaders, body };
const cannon = (url: string, duration: number) =>
  autocannon(`${url}${callbackPath}`, { ...load, duration });

const bareServer = `const s = require('node:http').createServer((q, r) => { q.resume(); r.writeHead(204); r.end(); });
s.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + s.address().port));`;

/**
 * What every mock pays before its own work: a node:http server that reads the request as
 * `as-lifecycle-mock` does (the body collected, the headers copied, the JSON parsed, the target
 * split at its query by hand, a request id drawn, one `await`) and answers 204 with it, with no
 * model, validation or journal.
 */
const parsingServer = `const { randomUUID } = require('node:crypto');
const s = require('node:http').createServer((q, r) => {
  const chunks = [];
  q.on('data', (c) => chunks.push(c));
  q.on('end', async () => {
    const headers = {};
    for (const [k, v] of Object.entries(q.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const query = q.url.indexOf('?');
    const path = query === -1 ? q.url : q.url.slice(0, query);
    await Promise.resolve(body && path && headers);
    r.writeHead(204, { 'x-request-id': randomUUID().replaceAll('-', '') });
    r.end();
  });
});
s.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + s.address().port));`;

interface Contender {
  name: string;
  args: string[];
  /** The status the check callback must get (Prism's may be any). */
  expect?: number;
  /** The URL of a server that does not print it. */
  known?: string;
  started?: Started;
  runs: Cannon[];
  cpu: number[];
  failure?: string;
}

/** Starts it and checks one callback; records why not instead of throwing. */
async function prepare(contender: Contender): Promise<void> {
  try {
    contender.started = await startServer(contender.args, contender.known);
    const check = await fetch(`${contender.started.url}${callbackPath}`, {
      method: 'PUT',
      headers: callbackHeaders,
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await check.arrayBuffer();
    if (contender.expect !== undefined && check.status !== contender.expect) {
      throw new Error(`answered ${check.status} to the callback, not ${contender.expect}`);
    }
  } catch (error) {
    contender.failure = error instanceof Error ? error.message : String(error);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

function rowOf({ name, runs, cpu, failure }: Contender): HttpRow {
  const statuses: Record<string, number> = {};
  for (const run of runs) {
    for (const [status, { count }] of Object.entries(run.statusCodeStats)) {
      statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  return {
    name,
    requestsPerSecond: failure ? 0 : median(runs.map((run) => run.requests.average)),
    meanMs: median(runs.map((run) => run.latency.average)),
    p99Ms: median(runs.map((run) => run.latency.p99)),
    cpuMicrosPerRequest: cpu.length === runs.length && cpu.length > 0 ? median(cpu) : undefined,
    statuses,
    errors: runs.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
    ...(failure ? { failure } : {}),
  };
}

export const prismHost = ['--host', '127.0.0.1'];
export const prismQuiet = ['--verboseLevel', 'error'];
export const names = {
  bare: 'bare node:http answering 204',
  parsing: 'node:http reading and parsing the request, answering 204',
  ours: 'as-lifecycle-mock',
  prism: 'Prism 5.14.2',
  prismQuiet: 'Prism 5.14.2, --verboseLevel error',
} as const;

/**
 * All three servers up at once (idle ones cost nothing), then a warm-up each, then `rounds`
 * interleaved rounds (bare, ours, Prism, bare, …) so that drift in the machine hits them alike.
 */
export async function benchHttp(): Promise<HttpRow[]> {
  const bin = at('@as-lifecycle/msw/dist/bin.js');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build @as-lifecycle/msw first`);
  const spec = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'as-lifecycle-bench-'));
  const seed = join(dir, 'scenario.json');
  writeFileSync(seed, JSON.stringify(scenario()));
  const prism = (name: string, port: number, extra: string[]): Contender => ({
    name,
    args: [at('@stoplight/prism-cli/dist/index.js'), 'mock', spec, '--port', `${port}`, ...extra],
    known: `http://127.0.0.1:${port}`,
    runs: [],
    cpu: [],
  });
  const contenders: Contender[] = [
    { name: names.bare, args: ['-e', bareServer], expect: 204, runs: [], cpu: [] },
    { name: names.parsing, args: ['-e', parsingServer], expect: 204, runs: [], cpu: [] },
    {
      name: names.ours,
      args: [bin, '--port', '0', '--seed', seed],
      expect: 204,
      runs: [],
      cpu: [],
    },
    prism(names.prism, await freePort(), prismHost),
    prism(names.prismQuiet, await freePort(), [...prismHost, ...prismQuiet]),
  ];
  try {
    for (const contender of contenders) await prepare(contender);
    const ready = () => contenders.filter((c) => c.started && !c.failure);
    for (const contender of ready()) await cannon(contender.started?.url as string, warmupSeconds);
    for (let round = 0; round < rounds; round++) {
      for (const contender of ready()) {
        const child = contender.started?.child as Started['child'];
        const before = cpuMicros(child);
        await cannon(contender.started?.url as string, seconds).then(
          (run) => {
            const after = cpuMicros(child);
            contender.runs.push(run);
            if (before !== undefined && after !== undefined && run.requests.total > 0) {
              contender.cpu.push((after - before) / run.requests.total);
            }
          },
          (error: Error) => {
            contender.failure = error.message;
          },
        );
      }
    }
    return contenders.map(rowOf);
  } finally {
    for (const contender of contenders) {
      if (contender.started) await stopServer(contender.started.child);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
