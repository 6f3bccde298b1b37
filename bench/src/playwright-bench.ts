/**
 * What `@as-lifecycle/msw/playwright` costs a Playwright run, from the built dist: a worker's
 * start-up (its server listening, the first test's mock seeded and served, the first answer read,
 * the server closed), and each test's reset (the fixture's fresh mock seeded and swapped in behind
 * the worker's server) beside `mock.reset()` + `mock.seed()` on one mock. The fixtures are called
 * as the runner calls them: with their dependencies and a `use` callback.
 *
 * `pnpm --filter as-lifecycle-bench bench:playwright` runs these rows alone (after a build).
 */
import { pathToFileURL } from 'node:url';
import type { LifecycleMock } from '@as-lifecycle/msw';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { type LifecycleWorkerServer, lifecycleFixtures } from '@as-lifecycle/msw/playwright';
import { createMockServer } from '@as-lifecycle/msw/server';
import { formatNs, type Measured, measure } from './measure';
import { group, project, scenario } from './msw-bench';

export interface PlaywrightRows {
  startup: Measured[];
  reset: Measured[];
}

type FixtureFn = (
  args: Record<string, unknown>,
  use: (value: unknown) => Promise<void>,
) => Promise<void>;

/** Runs fixture `name` with `args` while `body` runs, as Playwright does. */
const withFixture = async <T>(
  name: 'lifecycleServer' | 'lifecycleMock',
  args: Record<string, unknown>,
  body: (value: T) => Promise<void> | void,
) => {
  const entry = lifecycleFixtures[name] as unknown;
  const fn = (Array.isArray(entry) ? entry[0] : entry) as FixtureFn;
  await fn(args, async (value) => {
    await body(value as T);
  });
};

const listPath = `/autoscaling-api/v1/${project}/scaling_instance_hook/${group}/list`;
/** One API answer from `url`, read whole; throws unless 200. */
async function firstAnswer(url: string) {
  const response = await fetch(`${url}${listPath}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`the mock answered ${response.status}`);
}

const testOptions = (server: LifecycleWorkerServer) => ({
  lifecycleServer: server,
  lifecycleScenario: scenario(),
  lifecycleClock: 'virtual',
});

export async function benchPlaywright(): Promise<PlaywrightRows> {
  const startup = await measure(
    [
      {
        name: 'fixtures: worker server + first test mock + first answer + close',
        run: () =>
          withFixture<LifecycleWorkerServer>(
            'lifecycleServer',
            { lifecycleServerOptions: {} },
            (server) =>
              withFixture('lifecycleMock', testOptions(server), () => firstAnswer(server.url)),
          ),
      },
      {
        name: 'by hand: createLifecycleMock + createMockServer + first answer + close',
        run: async () => {
          const server = await createMockServer(
            createLifecycleMock({ scenario: scenario(), clock: 'virtual' }),
            { port: 0, host: '127.0.0.1' },
          );
          try {
            await firstAnswer(server.url);
          } finally {
            await server.close();
          }
        },
      },
    ],
    { batches: 15, batchMs: 100, minOps: 5 },
  );

  const one = createLifecycleMock({ scenario: scenario(), clock: 'virtual' });
  const seeded = scenario();
  let reset: Measured[] = [];
  await withFixture<LifecycleWorkerServer>(
    'lifecycleServer',
    { lifecycleServerOptions: {} },
    async (server) => {
      reset = await measure(
        [
          {
            name: 'fixture: a fresh mock seeded and served, per test',
            run: () =>
              withFixture<LifecycleMock>('lifecycleMock', testOptions(server), () => undefined),
          },
          {
            name: 'one mock: mock.reset() + mock.seed(scenario)',
            run: () => {
              one.reset();
              one.seed(seeded);
            },
          },
        ],
        { batches: 15 },
      );
      // The last test's mock is what the server answers from: it works.
      await withFixture('lifecycleMock', testOptions(server), () => firstAnswer(server.url));
    },
  );
  return { startup, reset };
}

// Alone: `node --import tsx src/playwright-bench.ts`, printing the two tables' rows.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchPlaywright();
  for (const [title, measured] of Object.entries(rows)) {
    console.log(title);
    for (const row of measured) {
      console.log(
        `  ${row.name}: ${formatNs(row.medianNs)} per op (${Math.round(row.opsPerSecond)} ops/s, ${row.batches} batches of ${row.opsPerBatch})`,
      );
    }
  }
}
