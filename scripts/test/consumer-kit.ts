// What every consumer test (test/consumer*.test.ts) shares: running tools bounded and never
// throwing, packing the published packages once (consumer-setup.ts, vitest's globalSetup), and a
// fresh npm project outside the workspace with those tarballs and the consumer's own tools.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { markdownBlocks } from './snippets';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The published packages' folders: what `changeset publish` uploads. */
export const publishedDirs = [
  'spec',
  'packages/types',
  'packages/signer',
  'packages/client',
  'packages/msw',
  'packages/contract',
];

/**
 * The main consumer project's tools (consumer.test.ts), pinned as the workspace pins them: what
 * its runs need and what every published ```ts block and `@example` imports, since they are all
 * compiled there.
 */
export const snippetTools = [
  'msw@2.15.0',
  'typescript@5.9.3',
  'vitest@4.1.12',
  'jsdom@29.1.1',
  '@types/node@20.19.43',
  // For the testing guide's component recipe, as a React app has them.
  'react@19.3.1',
  'react-dom@19.3.1',
  '@types/react@19.3.3',
  '@types/react-dom@19.3.0',
  '@testing-library/react@16.3.3',
  '@testing-library/dom@10.4.2',
  // For the testing guide's Jest recipe (its `npm install` line names the same) and happy-dom note.
  'jest@30.5.2',
  'jest-environment-jsdom@30.5.2',
  'jest-fixed-jsdom@0.0.11',
  'babel-jest@30.5.2',
  '@babel/core@8.1.3',
  '@babel/preset-env@8.0.7',
  'happy-dom@21.0.4',
  // The Jest recipe in TypeScript.
  '@babel/preset-typescript@8.0.7',
  '@jest/globals@30.5.2',
  // For the testing guide's Storybook section (its preview and story) and the storybook entry's examples.
  'storybook@10.6.7',
  '@storybook/react-vite@10.6.7',
  'msw-storybook-addon@3.0.3',
  'vite@8.4.0',
  // The Playwright section of the testing guide and the `/playwright` entry's examples.
  '@playwright/test@1.65.1',
];

// ---------------------------------------------------------------------------------------------
// Running tools: bounded, never throwing, every output kept for the assertion message.

export interface Ran {
  command: string;
  cwd: string;
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

const tail = (text: string, max = 12_000) =>
  text.length > max ? `…(${text.length - max} characters cut)\n${text.slice(-max)}` : text;

/** A run as an assertion message: the command, where, how it ended, and its output's tails. */
export const explain = (ran: Ran) =>
  [
    `$ ${ran.command}`,
    `(in ${ran.cwd}) exited ${ran.code ?? `by ${ran.signal ?? 'an error'}`} after ${Math.round(ran.ms)} ms`,
    '--- stdout',
    tail(ran.stdout),
    '--- stderr',
    tail(ran.stderr),
  ].join('\n');

/** Runs `file` with `args`; killed after `timeoutMs`; resolves with whatever happened. */
export const run = (
  file: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<Ran> =>
  new Promise((resolve) => {
    const started = performance.now();
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        const signal = error?.signal ?? (error?.killed ? 'SIGKILL' : null);
        const timedOut = error?.killed ? `\n(killed after the ${options.timeoutMs} ms limit)` : '';
        const failure = error !== null && code === null ? `\n${error.message}` : '';
        resolve({
          command: [file, ...args].join(' '),
          cwd: options.cwd,
          code,
          signal,
          stdout,
          stderr: `${stderr}${timedOut}${failure}`,
          ms: performance.now() - started,
        });
      },
    );
  });

// pnpm as the running pnpm when there is one (npm_execpath, set by `pnpm run`/turbo), else the one
// on PATH. npm as the one shipped with this node when found, else the one on PATH.
export const pnpmCommand = (): [string, string[]] => {
  const execPath = process.env.npm_execpath;
  if (execPath && basename(execPath).toLowerCase().includes('pnpm')) {
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['pnpm', []];
};
export const npmCommand = (): [string, string[]] => {
  const bundled = join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
  return existsSync(bundled) ? [process.execPath, [bundled]] : ['npm', []];
};

// A consumer's environment: none of pnpm's npm_config_* (npm would read them as its own config)
// but the registry and connection settings a CI may pass that way, none of this vitest run's
// variables (the consumer runs its own vitest). Playwright never downloads a browser here: the
// tests launch Debian's Chromium.
const npmConnection = /^npm_config_(.*registry|.*proxy|ca|cafile|strict_ssl|userconfig|cache)$/i;
export const consumerEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|vitest|tinypool|node_env$)/i.test(key) && !npmConnection.test(key)) continue;
    env[key] = value;
  }
  return env;
};

export const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

/** One line of JSON on a run's stdout, or an assertion-ready error. */
export const jsonOutput = (ran: Ran) => {
  try {
    return JSON.parse(ran.stdout);
  } catch {
    throw new Error(`expected one line of JSON on stdout\n${explain(ran)}`);
  }
};

// ---------------------------------------------------------------------------------------------
// Timings, printed by each file when it ends: how long each step took.

export interface Timings {
  /** Runs `work`, recording how long it took under `step`. */
  timed<T>(step: string, work: () => Promise<T>): Promise<T>;
  /** The steps so far and their total, one per line. */
  report(title: string): string;
}

export function createTimings(): Timings {
  const steps: { step: string; ms: number }[] = [];
  return {
    async timed(step, work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        steps.push({ step, ms: performance.now() - started });
      }
    },
    report(title) {
      const total = steps.reduce((sum, t) => sum + t.ms, 0);
      const line = (step: string, ms: number) =>
        `  ${step.padEnd(56)} ${(ms / 1000).toFixed(1).padStart(6)} s`;
      return [
        `${title} (pnpm: ${pnpmCommand().flat().join(' ')}; npm: ${npmCommand().flat().join(' ')})`,
        'timings:',
        ...steps.map((t) => line(t.step, t.ms)),
        line('total', total),
      ].join('\n');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The tarballs (packed once per run by consumer-setup.ts) and a consumer project.

declare module 'vitest' {
  export interface ProvidedContext {
    /** Package name → its tarball's absolute path. */
    tarballs: Record<string, string>;
  }
}

/** Package name → its tarball's absolute path, as the global setup packed them. */
export const tarballs = (): Record<string, string> => inject('tarballs');

/** Packs every published package into `destination`; package name → tarball path. */
export async function packPublished(destination: string): Promise<Record<string, string>> {
  const [pnpm, pnpmArgs] = pnpmCommand();
  const packed = await Promise.all(
    publishedDirs.map(async (dir) => {
      const manifest = await readJson(join(root, dir, 'package.json'));
      if (manifest.private) throw new Error(`${dir} is private: it is not published`);
      const ran = await run(
        pnpm,
        [...pnpmArgs, 'pack', '--pack-destination', destination, '--json'],
        { cwd: join(root, dir), timeoutMs: 120_000 },
      );
      if (ran.code !== 0) throw new Error(`pnpm pack failed in ${dir}\n${explain(ran)}`);
      const { name, filename } = JSON.parse(ran.stdout.slice(ran.stdout.indexOf('{')));
      if (name !== manifest.name) throw new Error(`pnpm pack named ${name}\n${explain(ran)}`);
      return [name as string, filename as string] as const;
    }),
  );
  return Object.fromEntries(packed);
}

export interface ConsumerProject {
  /** The project's folder (its package.json, node_modules and the files written). */
  dir: string;
  /** Runs a tool in the project (or `cwd` under it) with a consumer's environment. */
  run(
    file: string,
    args: readonly string[],
    options?: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv },
  ): Promise<Ran>;
  /** A binary the project installed: `node_modules/.bin/<name>`. */
  bin(name: string): string;
  /** Writes files relative to the project (folders made as needed). */
  write(files: Record<string, string>): Promise<void>;
  /** Removes the project, unless AS_LIFECYCLE_KEEP_CONSUMER is set (then says where it is). */
  remove(): Promise<void>;
}

/**
 * A fresh npm project outside the workspace with every tarball and `tools` (exact `name@version`)
 * installed by `npm install`, as a user's project gets them. Throws with npm's output on failure.
 */
export async function createConsumerProject(options: {
  name: string;
  tools: readonly string[];
  timings: Timings;
  /** The project's package.json `type` (default: none, as `npm init` writes). */
  type?: 'module' | 'commonjs';
}): Promise<ConsumerProject> {
  const work = await mkdtemp(join(tmpdir(), `as-lifecycle-${options.name}-`));
  const dir = join(work, 'app');
  await mkdir(dir);
  const manifest = { name: `as-lifecycle-${options.name}`, version: '0.0.0', private: true };
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify(options.type ? { ...manifest, type: options.type } : manifest, null, 2)}\n`,
  );
  const project: ConsumerProject = {
    dir,
    run: (file, args, more = {}) =>
      run(file, args, {
        cwd: more.cwd ? join(dir, more.cwd) : dir,
        timeoutMs: more.timeoutMs ?? 120_000,
        env: { ...consumerEnv(), ...more.env },
      }),
    bin: (name) => join(dir, 'node_modules/.bin', name),
    async write(files) {
      for (const [file, text] of Object.entries(files)) {
        await mkdir(dirname(join(dir, file)), { recursive: true });
        await writeFile(join(dir, file), text);
      }
    },
    async remove() {
      if (process.env.AS_LIFECYCLE_KEEP_CONSUMER) console.log(`consumer project kept in ${work}`);
      else await rm(work, { recursive: true, force: true });
    },
  };
  const [npm, npmArgs] = npmCommand();
  const ran = await options.timings.timed(`npm install (${options.name})`, () =>
    project.run(
      npm,
      [
        ...npmArgs,
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        '--save-exact',
        ...Object.values(tarballs()),
        ...options.tools,
      ],
      { timeoutMs: 600_000 },
    ),
  );
  if (ran.code !== 0) {
    await project.remove();
    throw new Error(`npm install failed in the consumer project\n${explain(ran)}`);
  }
  return project;
}

// ---------------------------------------------------------------------------------------------
// The testing guide's blocks, as a user pastes them.

/** The guide whose recipes the consumer tests run. */
export const guide = 'packages/msw/README.md';

/**
 * The code of the one block of `file` (default the testing guide) in `lang` whose first line is
 * `// name`: the file a user would make of it. Throws naming the block when there is not exactly one.
 */
export async function guideBlock(name: string, lang: string, file = guide): Promise<string> {
  const blocks = markdownBlocks(file, await readFile(join(root, file), 'utf8')).filter(
    (block) => block.lang === lang && block.code.startsWith(`// ${name}\n`),
  );
  if (blocks.length !== 1) {
    throw new Error(
      `${file} has ${blocks.length} ${lang} blocks whose first line is // ${name}; the consumer tests run exactly one.`,
    );
  }
  return blocks[0]?.code ?? '';
}
