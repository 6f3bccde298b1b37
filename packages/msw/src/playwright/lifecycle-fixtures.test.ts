/**
 * The fixtures as Playwright runs them, without a browser: each fixture function called with its
 * dependencies and a `use` that runs the "test", the way the runner nests them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Route } from '@playwright/test';
import { expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import type { Scenario } from '../core/scenario-schema';
import { ScenarioError } from '../core/seed';
import type { LifecycleMock } from '../create-lifecycle-mock';
import { type LifecycleWorkerServer, lifecycleFixtures } from './lifecycle-fixtures';
import { checkRoutes, routeMatcher, toMock } from './route-to-mock';

type FixtureFn = (
  args: Record<string, unknown>,
  use: (value: unknown) => Promise<void>,
) => Promise<void>;

/** Runs fixture `name` with `args`; `body` is what runs while it is in use. */
async function withFixture<T>(
  name: keyof typeof lifecycleFixtures,
  args: Record<string, unknown>,
  body: (value: T) => Promise<void> | void,
): Promise<void> {
  const entry = lifecycleFixtures[name] as unknown;
  const fn = (Array.isArray(entry) ? entry[0] : entry) as FixtureFn;
  await fn(args, async (value) => {
    await body(value as T);
  });
}

const defaults = { lifecycleClock: 'virtual', lifecycleRoutes: ['**/autoscaling-api/**'] };
const worker = (body: (server: LifecycleWorkerServer) => Promise<void>) =>
  withFixture('lifecycleServer', { lifecycleServerOptions: {} }, body);
const testWith = (
  server: LifecycleWorkerServer,
  options: { lifecycleScenario?: unknown; lifecycleClock?: unknown },
  body: (mock: LifecycleMock) => Promise<void> | void,
) => withFixture('lifecycleMock', { ...defaults, ...options, lifecycleServer: server }, body);

const list = async (url: string, project: string = ids.project, group: string = ids.group) => {
  const response = await fetch(
    `${url}/autoscaling-api/v1/${project}/scaling_instance_hook/${group}/list`,
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** The README's scenario under another project and group: a second test's world. */
const other: Scenario = {
  ...scenario,
  project_id: '11111111111111111111111111111111',
  scaling_groups: scenario.scaling_groups.map((g) => ({
    ...g,
    scaling_group_id: '22222222-2222-4222-8222-222222222222',
  })),
};

test('each worker serves on its own loopback port, closed when the worker ends', async () => {
  const urls: string[] = [];
  await worker(async (first) => {
    await worker(async (second) => {
      urls.push(first.url, second.url);
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(second.url).not.toBe(first.url);
    });
  });
  for (const url of urls) await expect(fetch(`${url}/__mock/state`)).rejects.toThrow();
});

test('a server option the mock refuses fails the worker, saying where to fix it', async () => {
  const refused = withFixture(
    'lifecycleServer',
    { lifecycleServerOptions: { controlCorsOrigins: ['*'] } },
    () => undefined,
  );
  await expect(refused).rejects.toThrow(
    /Failed to start this worker's as-lifecycle-mock.*\*.*lifecycleServerOptions/,
  );
});

test('two tests in one worker: the second sees none of the first test’s state, journal, faults or clock', async () => {
  await worker(async (server) => {
    await testWith(server, { lifecycleScenario: scenario }, async (mock) => {
      expect((await list(server.url)).status).toBe(200);
      mock.launch(ids.group);
      mock.fail('listHookInstances', { code: 'AS.0001', times: 5 });
      mock.clock.advance(600);
      expect(mock.requests()).toHaveLength(1);
    });
    await testWith(server, { lifecycleScenario: other }, async (mock) => {
      // The first test's group is gone, and no fault is left: a list there answers AS.2007
      // (no such group), not the AS.0001 of the first test's fault.
      const first = await list(server.url);
      expect(first.body).toMatchObject({ error: { code: 'AS.2007' } });
      const own = await list(server.url, other.project_id, '22222222-2222-4222-8222-222222222222');
      expect(own.status).toBe(200);
      expect(own.body.instance_hanging_info).toHaveLength(1);
      expect(mock.requests().map((r) => r.path)).toEqual([
        expect.stringContaining(ids.project),
        expect.stringContaining(other.project_id),
      ]);
      expect(Math.abs(mock.clock.now().getTime() - Date.now())).toBeLessThan(60_000);
      expect(mock.snapshot().projects.map((p) => p.project_id)).toEqual([other.project_id]);
    });
  });
});

test('a test that fails mid-way: the server drops its mock, and the worker still closes it', async () => {
  let url = '';
  const failing = worker(async (server) => {
    url = server.url;
    await expect(
      testWith(server, { lifecycleScenario: scenario }, () => {
        throw new Error('the test failed');
      }),
    ).rejects.toThrow('the test failed');
    // Between tests the server answers from an empty mock: nothing of the failed test's world.
    expect((await list(server.url)).body).toMatchObject({ error: { code: 'AS.2007' } });
    throw new Error('the worker ends');
  });
  await expect(failing).rejects.toThrow('the worker ends');
  await expect(fetch(`${url}/__mock/state`)).rejects.toThrow();
});

test('an invalid scenario fails the test with the problem and the option to fix', async () => {
  await worker(async (server) => {
    const broken = { ...scenario, project_id: 42 };
    const refused = testWith(server, { lifecycleScenario: broken }, () => undefined);
    await expect(refused).rejects.toThrow(ScenarioError);
    await expect(refused).rejects.toThrow(/project_id.*lifecycleScenario option.*test\.use/);
    await expect(
      testWith(server, { lifecycleScenario: [scenario] }, () => undefined),
    ).rejects.toThrow(/takes one scenario, not a list.*lifecycleMock\.seed/);
  });
});

test('the clock option: a virtual clock from a given start', async () => {
  await worker(async (server) => {
    await testWith(
      server,
      { lifecycleClock: { start: '2026-01-01T00:00:00Z' }, lifecycleScenario: scenario },
      (mock) => {
        expect(mock.clock.advance(60).toISOString()).toBe('2026-01-01T00:01:00.000Z');
      },
    );
  });
});

test('lifecycleMockUrl is the worker’s server, serving the test’s seeded mock', async () => {
  await worker(async (server) => {
    await testWith(server, { lifecycleScenario: scenario }, async (mock) => {
      await withFixture<string>(
        'lifecycleMockUrl',
        { lifecycleServer: server, lifecycleMock: mock },
        async (url) => {
          expect(url).toBe(server.url);
          expect((await list(url)).status).toBe(200);
        },
      );
    });
  });
});

/** A routed request, as Playwright hands it to a route handler. */
function fakeRoute(url: string, headers: Record<string, string>) {
  const seen: {
    fetched?: Record<string, unknown>;
    fulfilled?: unknown;
    aborted?: string;
  } = {};
  const route = {
    request: () => ({ url: () => url, headers: () => headers }),
    fetch: async (options: Record<string, unknown>) => {
      seen.fetched = options;
      return { from: options.url };
    },
    fulfill: async (options: unknown) => {
      seen.fulfilled = options;
    },
    abort: async (code: string) => {
      seen.aborted = code;
    },
  };
  return { route: route as unknown as Route, seen };
}

test('the page’s request goes to the mock: same path and query, without the page’s origin', async () => {
  const { route, seen } = fakeRoute('http://127.0.0.1:4173/autoscaling-api/v1/p/x/list?limit=1', {
    origin: 'http://127.0.0.1:4173',
    referer: 'http://127.0.0.1:4173/',
    'x-auth-token': 't',
  });
  await toMock('http://127.0.0.1:9999')(route);
  expect(seen.fetched).toEqual({
    url: 'http://127.0.0.1:9999/autoscaling-api/v1/p/x/list?limit=1',
    headers: { 'x-auth-token': 't' },
    maxRedirects: 0,
  });
  expect(seen.fulfilled).toEqual({
    response: { from: 'http://127.0.0.1:9999/autoscaling-api/v1/p/x/list?limit=1' },
  });
});

test('the globs: ** any characters, * any but a slash; calls to the mock itself are left alone', () => {
  const routed = routeMatcher('http://127.0.0.1:9999', [
    '**/autoscaling-api/**',
    '*://api.test/v?/*',
  ]);
  const at = (url: string) => routed(new URL(url));
  expect(at('http://127.0.0.1:4173/autoscaling-api/v1/p/scaling_instance_hook/g/list')).toBe(true);
  expect(at('https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/p')).toBe(true);
  expect(at('http://127.0.0.1:4173/other-api/v1')).toBe(false);
  expect(at('http://127.0.0.1:4173/console-config.json')).toBe(false);
  // `?` is a literal, as in Playwright's globs; `*` stops at a slash.
  expect(at('http://api.test/v?/x')).toBe(true);
  expect(at('http://api.test/v1/x')).toBe(false);
  expect(at('http://api.test/v?/x/y')).toBe(false);
  // The app calling the mock directly (lifecycleMockUrl) is not intercepted.
  expect(at('http://127.0.0.1:9999/autoscaling-api/v1/p')).toBe(false);
});

test('a routed request after the mock closed fails as a refused connection', async () => {
  const { route, seen } = fakeRoute('http://127.0.0.1:4173/autoscaling-api/v1', {});
  (route as unknown as { fetch: () => Promise<never> }).fetch = () =>
    Promise.reject(new Error('closed'));
  await toMock('http://127.0.0.1:9999')(route);
  expect(seen.aborted).toBe('connectionrefused');
});

test('lifecycleRoutes must be a list of globs; the error shows one', () => {
  expect(checkRoutes(['**/api/**'])).toEqual(['**/api/**']);
  expect(() => checkRoutes('**/api/**')).toThrow(/list of URL globs.*test\.use/);
  expect(() => checkRoutes([/api/])).toThrow(/list of URL globs/);
});

test('@playwright/test is imported for types only, so the entry loads without it', () => {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const files = [
    fileURLToPath(new URL('../playwright.ts', import.meta.url)),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${dir}${f}`),
  ];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const imports = source.match(/^import[^;]*from '@playwright\/test';/gm) ?? [];
    for (const line of imports) expect(line, file).toMatch(/^import type /);
  }
});
