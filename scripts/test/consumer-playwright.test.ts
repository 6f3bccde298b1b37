// `@as-lifecycle/msw/playwright` as a user's Playwright project gets it: the tarballs and
// @playwright/test installed by npm outside the workspace (no browser download: Debian's Chromium),
// a tiny static page served by Playwright's `webServer`, specs that use the fixtures with two
// workers (and @msw/playwright with the mock's handlers), run by `playwright test`. The testing
// guide's spec and its @msw/playwright fixture run as pasted.
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../chromium';
import {
  type ConsumerProject,
  createConsumerProject,
  createTimings,
  explain,
  guideBlock,
  readJson,
} from './consumer-kit';

const timings = createTimings();
let project: ConsumerProject;

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const groupId = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';
const scenario = {
  project_id: projectId,
  scaling_groups: [
    {
      scaling_group_id: groupId,
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: `urn:smn:cn-north-4:${projectId}:as-hooks`,
        },
      ],
    },
  ],
};

/**
 * The app: lists the group's held instances from its own origin (the guide's project and group
 * unless the query names others), one row each; Continue calls back.
 */
const page = `<!doctype html>
<html><body>
<h1>Held instances</h1>
<table><tbody id="held"></tbody></table>
<p id="status"></p>
<script type="module">
const query = new URLSearchParams(location.search);
const project = query.get('project') ?? '${projectId}';
const group = query.get('group') ?? '${groupId}';
const base = '/autoscaling-api/v1/' + project + '/scaling_instance_hook/' + group;
const headers = { 'X-Auth-Token': 'token', 'Content-Type': 'application/json' };
async function load() {
  const answer = await (await fetch(base + '/list', { headers })).json();
  const list = document.getElementById('held');
  list.replaceChildren();
  for (const held of answer.instance_hanging_info) {
    const item = document.createElement('tr');
    item.setAttribute('aria-label', 'instance ' + held.instance_id);
    const button = document.createElement('button');
    button.textContent = 'Continue';
    button.onclick = async () => {
      const sent = await fetch(base + '/callback', {
        method: 'PUT',
        headers,
        body: JSON.stringify({ lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' }),
      });
      await load();
      document.getElementById('status').textContent = 'callback ' + sent.status;
    };
    const id = document.createElement('td');
    id.textContent = held.instance_id;
    const action = document.createElement('td');
    action.append(button);
    item.append(id, action);
    list.append(item);
  }
}
load();
</script>
</body></html>
`;

const tsconfig = (skipLibCheck: boolean, files: string[]) =>
  `${JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        types: ['node'],
        noEmit: true,
        skipLibCheck,
      },
      files,
    },
    null,
    2,
  )}\n`;

const files = async (): Promise<Record<string, string>> => ({
  'site/index.html': page,
  'serve.mjs': `import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const html = readFileSync(new URL('./site/index.html', import.meta.url));
createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html;charset=utf-8' });
  response.end(html);
}).listen(Number(process.env.APP_PORT), '127.0.0.1');
`,
  'playwright.config.ts': `import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
process.env.APP_PORT ??= String(await freePort());
const baseURL = \`http://127.0.0.1:\${process.env.APP_PORT}\`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  webServer: { command: 'node serve.mjs', url: baseURL, reuseExistingServer: false },
  use: { baseURL, browserName: 'chromium', launchOptions: ${JSON.stringify(chromiumLaunchOptions())} },
});
`,
  'e2e/scenario.ts': `import { defineScenario } from '@as-lifecycle/msw';

export const projectId = '${projectId}';
export const groupId = '${groupId}';
export const scenario = defineScenario(${JSON.stringify(scenario)});
`,
  'e2e/fixtures.spec.ts': `import {
  type LifecycleFixtures,
  lifecycleFixtures,
  type LifecycleWorkerFixtures,
} from '@as-lifecycle/msw/playwright';
import { expect, test as base } from '@playwright/test';
import { groupId, projectId, scenario } from './scenario.js';

const test = base.extend<LifecycleFixtures, LifecycleWorkerFixtures>(lifecycleFixtures);
test.use({ lifecycleScenario: scenario });

for (const n of [1, 2, 3, 4]) {
  test(\`test \${n}: its page and its mock see only its own instance\`, async ({ page, lifecycleMock, lifecycleMockUrl }, info) => {
    info.annotations.push({ type: 'mock', description: \`\${info.parallelIndex} \${lifecycleMockUrl}\` });
    const held = lifecycleMock.launch(groupId);
    await page.goto(\`/?project=\${projectId}&group=\${groupId}\`);
    const item = page.getByRole('row', { name: \`instance \${held.instance_id}\` });
    await expect(item).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(1);
    await item.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#status')).toHaveText('callback 204');
    await expect(page.getByRole('row')).toHaveCount(0);
    expect(lifecycleMock.group(groupId).instances).toEqual([
      { instance_id: held.instance_id, lifecycle_state: 'INSERVICE' },
    ]);
    expect(lifecycleMock.requests().map((r) => r.operationId)).toEqual([
      'listHookInstances',
      'callbackLifecycleHook',
      'listHookInstances',
    ]);
  });
}
`,
  'e2e/msw-playwright.spec.ts': `import { createLifecycleMock, type LifecycleMock } from '@as-lifecycle/msw';
import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright';
import { expect, test as base } from '@playwright/test';
import { groupId, projectId, scenario } from './scenario.js';

const test = base.extend<{ lifecycleMock: LifecycleMock; network: NetworkFixture }>({
  lifecycleMock: async ({}, use) => {
    await use(createLifecycleMock({ scenario, clock: 'virtual' }));
  },
  network: [
    async ({ context, lifecycleMock }, use) => {
      const network = defineNetworkFixture({ context, handlers: lifecycleMock.handlers });
      await network.enable();
      await use(network);
      await network.disable();
    },
    { auto: true },
  ],
});

test('in the page: @msw/playwright answers from the mock’s handlers', async ({ page, lifecycleMock }) => {
  const held = lifecycleMock.launch(groupId);
  await page.goto(\`/?project=\${projectId}&group=\${groupId}\`);
  await page.getByRole('row', { name: \`instance \${held.instance_id}\` }).getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#status')).toHaveText('callback 204');
  expect(lifecycleMock.group(groupId).instances).toEqual([
    { instance_id: held.instance_id, lifecycle_state: 'INSERVICE' },
  ]);
});
`,
  // The testing guide's Playwright spec, and its @msw/playwright fixture with a spec that uses it.
  'e2e/hooks.spec.ts': await guideBlock('e2e/hooks.spec.ts', 'ts'),
  'e2e/network.js': await guideBlock('e2e/network.js', 'js'),
  'e2e/network.spec.js': `import { expect } from '@playwright/test';
import { test } from './network.js';

test('in the page: the guide’s @msw/playwright fixture answers from the mock’s handlers', async ({ page, lifecycleMock }) => {
  lifecycleMock.seed(${JSON.stringify(scenario)});
  const held = lifecycleMock.launch('${groupId}');
  await page.goto('/');
  await page.getByRole('row', { name: \`instance \${held.instance_id}\` }).getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#status')).toHaveText('callback 204');
  expect(lifecycleMock.requests().map((r) => [r.operationId, r.status])).toEqual([
    ['listHookInstances', 200],
    ['callbackLifecycleHook', 204],
    ['listHookInstances', 200],
  ]);
});
`,
  // Every declaration file checked for the fixtures' spec; @msw/playwright 0.6.7's own declarations
  // do not check against msw 2.15.0 (TS2344 on LifeCycleEventsMap), so its spec is checked with
  // skipLibCheck, as most projects have it.
  'tsconfig.json': tsconfig(false, [
    'e2e/scenario.ts',
    'e2e/fixtures.spec.ts',
    'e2e/hooks.spec.ts',
    'playwright.config.ts',
  ]),
  'tsconfig.msw.json': tsconfig(true, ['e2e/msw-playwright.spec.ts']),
});

beforeAll(async () => {
  project = await createConsumerProject({
    name: 'playwright',
    type: 'module',
    tools: [
      '@playwright/test@1.65.1',
      '@msw/playwright@0.6.7',
      'msw@2.15.0',
      'typescript@5.9.3',
      '@types/node@20.19.43',
    ],
    timings,
  });
  await project.write(await files());
});

afterAll(async () => {
  await project?.remove();
  console.log(timings.report('consumer test (playwright)'));
});

test.each(['tsconfig.json', 'tsconfig.msw.json'])(
  'the specs compile, strict, against the installed types (%s)',
  async (config) => {
    const ran = await timings.timed(`tsc --noEmit -p ${config}`, () =>
      project.run(project.bin('tsc'), ['-p', config]),
    );
    expect(ran.code, explain(ran)).toBe(0);
  },
);

test('the entry loads without @playwright/test, from ESM and CommonJS', async () => {
  const installed = join(project.dir, 'node_modules/@playwright');
  const away = join(project.dir, 'node_modules/.playwright-away');
  await rename(installed, away);
  try {
    const esm = await project.run(process.execPath, [
      '--input-type=module',
      '-e',
      "const m = await import('@as-lifecycle/msw/playwright'); console.log(Object.keys(m.lifecycleFixtures).sort().join(','));",
    ]);
    const cjs = await project.run(process.execPath, [
      '-e',
      "console.log(typeof require('@as-lifecycle/msw/playwright').lifecycleFixtures.lifecycleServer)",
    ]);
    expect(esm.code, explain(esm)).toBe(0);
    expect(esm.stdout.trim()).toBe(
      'context,lifecycleClock,lifecycleMock,lifecycleMockUrl,lifecycleRoutes,lifecycleScenario,lifecycleServer,lifecycleServerOptions',
    );
    expect(cjs.code, explain(cjs)).toBe(0);
    expect(cjs.stdout.trim()).toBe('object');
  } finally {
    await rename(away, installed);
  }
});

test('playwright test: every spec passes, on two workers, each with its own mock', async () => {
  const ran = await timings.timed('playwright test (2 workers)', () =>
    project.run(project.bin('playwright'), ['test', '--reporter=list,json'], {
      timeoutMs: 300_000,
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'report.json' },
    }),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(project.dir, 'report.json'));
  expect(report.stats, explain(ran)).toMatchObject({ expected: 7, unexpected: 0, skipped: 0 });
  interface Result {
    parallelIndex: number;
    annotations: { type: string; description?: string }[];
  }
  const results: Result[] = [];
  const walk = (suite: { specs?: { tests: { results: Result[] }[] }[]; suites?: unknown[] }) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) results.push(...t.results);
    for (const child of suite.suites ?? []) walk(child as typeof suite);
  };
  for (const suite of report.suites) walk(suite);
  expect(results).toHaveLength(7);
  // Both workers ran tests, and each worker's mock had its own URL.
  expect(new Set(results.map((r) => r.parallelIndex))).toEqual(new Set([0, 1]));
  const mocks = new Map<string, string>();
  for (const r of results) {
    for (const a of r.annotations.filter((a) => a.type === 'mock')) {
      const [slot, url] = (a.description ?? '').split(' ');
      mocks.set(url ?? '', slot ?? '');
    }
  }
  expect(new Set(mocks.values()), explain(ran)).toEqual(new Set(['0', '1']));
});
