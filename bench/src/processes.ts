/**
 * Child Node processes for the HTTP benchmark: servers started and always stopped, tools run to
 * completion; every wait is bounded, and whatever is still alive is killed when the bench exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function spawnNode(args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** A free loopback port, for servers that cannot be told to pick one. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export interface Started {
  child: ChildProcess;
  url: string;
}

const answers = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
    async (response) => {
      await response.arrayBuffer();
      return true;
    },
    () => false,
  );

/**
 * Starts `node args`; resolves once it prints `listening on http://127.0.0.1:PORT` or, when `known`
 * is given (a quiet server), once that URL answers at all. Rejects with its last output otherwise.
 */
export function startServer(args: string[], known?: string, timeoutMs = 60_000): Promise<Started> {
  const child = spawnNode(args);
  let tail = '';
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (url?: string, why?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (url) return resolve({ child, url });
      child.kill('SIGKILL');
      const output = tail.trim().split('\n').slice(-5).join(' / ');
      reject(new Error(`${why}${output ? `: ${output}` : ''}`));
    };
    const timer = setTimeout(
      () => settle(undefined, `not listening after ${timeoutMs} ms`),
      timeoutMs,
    );
    child.once('exit', (code) => settle(undefined, `exited with ${code} before listening`));
    const read = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4000);
      if (settled || known !== undefined) return;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(tail)?.[1];
      if (url !== undefined) settle(url);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void (async () => {
      while (known !== undefined && !settled) {
        if (await answers(known)) settle(known);
        else await new Promise((wait) => setTimeout(wait, 250));
      }
    })();
  });
}

/** SIGTERM, then SIGKILL after 5 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Runs `node args` to completion (killed after `timeoutMs`); answers its stdout, or rejects. */
export function runNode(args: string[], timeoutMs: number): Promise<string> {
  const child = spawnNode(args);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-2000);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`exited with ${code ?? signal}: ${err.trim().slice(-300)}`));
    });
  });
}

/** CPU time (user + system) a child has used so far, in µs; undefined off Linux. */
export function cpuMicros(child: ChildProcess): number | undefined {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000; // utime + stime, 100 ticks/s
  } catch {
    return undefined;
  }
}

/** Resident memory of a child (VmRSS in `/proc/<pid>/status`), in bytes; undefined off Linux. */
export function rssBytes(child: ChildProcess): number | undefined {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s*(\d+)\s*kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/** What autocannon's `--json` prints, in the parts used here. */
export interface Cannon {
  requests: { average: number; total: number };
  latency: { average: number; p99: number };
  statusCodeStats: Record<string, { count: number }>;
  errors: number;
  timeouts: number;
}

export interface CannonOptions {
  duration: number;
  connections: number;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** autocannon's CLI, without pipelining, for `duration` seconds; killed if it overruns by 30 s. */
export async function autocannon(url: string, options: CannonOptions): Promise<Cannon> {
  const cli = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
  const { duration, connections, method, headers, body } = options;
  const args = [cli, '--json', '-n', '-c', `${connections}`, '-p', '1', '-d', `${duration}`];
  args.push('-t', '5', '-m', method, '-b', body, url);
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}:${value}`);
  const out = await runNode(args, (duration + 30) * 1000);
  const json = out.split('\n').find((line) => line.startsWith('{'));
  if (!json) throw new Error(`autocannon printed no JSON: ${out.slice(-300)}`);
  return JSON.parse(json) as Cannon;
}
