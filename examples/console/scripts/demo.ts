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
const port = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`demo: ${name}=${process.env[name]} is not a port number.`);
    process.exit(2);
  }
  return value;
};

async function startMock(wanted: number): Promise<MockServer> {
  const mock = createLifecycleMock({ scenario: consoleScenario() });
  try {
    return await createMockServer(mock, { port: wanted });
  } catch (error) {
    // Port taken (another demo, a mock you started): take a free one.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return createMockServer(mock, { port: 0 });
  }
}

const mockServer = await startMock(port('DEMO_MOCK_PORT', 4010));
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
    port: port('DEMO_PORT', 5173),
    strictPort: false,
    open: false,
    proxy: { '/autoscaling-api': mockServer.url, '/__mock': mockServer.url },
  },
});
const url = site.resolvedUrls?.local[0] ?? '';

// A new launch into the web group every 45 s, while fewer than 8 instances wait there.
const launches = setInterval(async () => {
  const held = await fetch(
    `${mockServer.url}/autoscaling-api/v1/${projectId}/scaling_instance_hook/${groups.web}/list`,
  )
    .then((r) => r.json() as Promise<{ instance_hanging_info: unknown[] }>)
    .catch(() => undefined);
  if (!held || held.instance_hanging_info.length >= 8) return;
  await fetch(`${mockServer.url}/__mock/scale`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scaling_group_id: groups.web, scale_out: 1 }),
  }).catch(() => undefined);
}, 45_000);

console.log(`
  Lifecycle-hooks console   ${url}
  as-lifecycle-mock         ${mockServer.url}  (real clock; state at ${mockServer.url}/__mock/state)

  Groups: web ${groups.web} (3 instances held, one due in 2 min), batch ${groups.batch}, quiet ${groups.quiet}.
  Act on an instance and watch the lists change; a new launch arrives every 45 s. Ctrl-C stops.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(launches);
  await Promise.all([site.close(), mockServer.close()]);
  console.log('demo stopped');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
