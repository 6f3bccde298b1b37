/**
 * `pnpm demo`: as-lifecycle-mock on loopback, seeded with the console's scenario (two groups with
 * launching and terminating hooks, instances held with different times left, a quiet group), the
 * built console served beside it with a proxy to the mock, and a new launch every 45 s so there is
 * always something to act on. Prints the URL; Ctrl-C stops everything.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer, type MockServer } from '@as-lifecycle/msw/server';
import { preview } from 'vite';
import type { ConsoleConfig } from '../src/config';
import { consoleScenario, groups, projectId } from '../test/console-scenario';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** A whole number from the environment, or the fallback; exits 2 with one line when it is not one. */
const wholeNumber = (name: string, fallback: number, max: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`demo: ${name}=${process.env[name]} is not a whole number from 0 to ${max}.`);
    process.exit(2);
  }
  return value;
};

const mock = createLifecycleMock({ scenario: consoleScenario() });

async function startMock(wanted: number): Promise<MockServer> {
  try {
    return await createMockServer(mock, { port: wanted });
  } catch (error) {
    // Port taken (another demo, a mock you started): take a free one.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return createMockServer(mock, { port: 0 });
  }
}

const mockServer = await startMock(wholeNumber('DEMO_MOCK_PORT', 4010, 65535));
const config: Partial<ConsoleConfig> = {
  projectId,
  token: 'demo-token',
  groups: [groups.web, groups.batch, groups.quiet],
  refreshMs: 3000,
};
try {
  writeFileSync(`${dist}console-config.json`, JSON.stringify(config, null, 2));
} catch {
  console.error(
    'demo: the console is not built (examples/console/dist is missing). Run `pnpm demo` from the repository root, which builds it first.',
  );
  await mockServer.close();
  process.exit(1);
}
const site = await preview({
  root,
  logLevel: 'warn',
  preview: {
    host: '127.0.0.1',
    port: wholeNumber('DEMO_PORT', 5173, 65535),
    strictPort: false,
    open: false,
    proxy: { '/autoscaling-api': mockServer.url, '/__mock': mockServer.url },
  },
});
const url = site.resolvedUrls?.local[0] ?? '';

// A new launch into the web group every DEMO_LAUNCH_EVERY seconds (default 45; 0: never), while
// fewer than 8 instances wait there. Through the mock's controller, not the API, so that faults a
// user injects with POST /__mock/fail stay for the console.
const every = wholeNumber('DEMO_LAUNCH_EVERY', 45, 86_400);
const launches =
  every === 0
    ? undefined
    : setInterval(() => {
        try {
          const held = mock
            .snapshot()
            .projects.find((p) => p.project_id === projectId)
            ?.scaling_groups.find((g) => g.scaling_group_id === groups.web)?.instance_hanging_info;
          if (held && held.length < 8) mock.scaleOut(groups.web, 1, projectId);
        } catch (error) {
          console.error(`demo: could not launch an instance: ${(error as Error).message}`);
        }
      }, every * 1000);

console.log(`
  Lifecycle-hooks console   ${url}
  as-lifecycle-mock         ${mockServer.url}  (real clock; state at ${mockServer.url}/__mock/state)

  Groups: web ${groups.web} (3 instances held, one due in 2 min), batch ${groups.batch}, quiet ${groups.quiet}.
  Act on an instance and watch the lists change${every === 0 ? '' : `; a new launch arrives every ${every} s`}. Ctrl-C stops.
`);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) {
    // A second Ctrl-C: do not wait for the servers any longer.
    process.exit(130);
  }
  stopping = true;
  clearInterval(launches);
  // Open connections (a browser keeps some) must not hold the exit for long.
  setTimeout(() => process.exit(code || 1), 5000).unref();
  const closed = await Promise.allSettled([site.close(), mockServer.close()]);
  const failed = closed.filter((c) => c.status === 'rejected');
  for (const failure of failed) console.error(`demo: ${(failure.reason as Error)?.message}`);
  console.log('demo stopped');
  process.exit(failed.length > 0 ? 1 : code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('unhandledRejection', (reason) => {
  console.error(`demo: ${(reason as Error)?.message ?? String(reason)}`);
  void stop(1);
});
