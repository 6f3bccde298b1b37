// The published packages as a consumer gets them: `pnpm pack` each one (what `changeset publish`
// uploads), install every tarball with npm into a fresh project outside the workspace, then use each
// entry of each `exports` map from ESM, CommonJS, TypeScript (node16, node20, bundler) and vitest + jsdom.
// No workspace link, no `@as-lifecycle/source` condition, no tsconfig paths: only the tarballs.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type ConsumerProject,
  consumerEnv,
  createConsumerProject,
  createTimings,
  explain,
  guide,
  guideBlock,
  jsonOutput,
  publishedDirs,
  readJson,
  root,
  run,
  snippetTools,
  tarballs,
} from './consumer-kit';
import {
  exampleSnippet,
  exportedNames,
  jsdocExamples,
  judge,
  markdownBlocks,
  markdownSnippets,
  parseDiagnostics,
  type SnippetFile,
} from './snippets';

const timings = createTimings();
const { timed } = timings;

// ---------------------------------------------------------------------------------------------
// The consumer project's files.

const scenario = {
  project_id: '0605767a3300d5762fb7c0186d9e1779',
  scaling_groups: [
    {
      scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
        },
      ],
    },
  ],
};
const scenarioSource = `const scenario = ${JSON.stringify(scenario, null, 2)};
const group = scenario.scaling_groups[0].scaling_group_id;
`;

// One launch answered with CONTINUE through a client: the record, the callback's status, what is
// left hanging, and the instance's state afterwards.
const flowSource = `async function flow(mock, client) {
  const held = mock.scaleOut(group, 1).instance_hanging_info[0];
  const before = await client.listHookInstances({ scaling_group_id: group });
  const callback = await client.callbackLifecycleHook({
    scaling_group_id: group,
    body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' },
  });
  const after = await client.listHookInstances({ scaling_group_id: group });
  const instance = mock
    .snapshot()
    .projects[0].scaling_groups[0].instances.find((i) => i.instance_id === held.instance_id);
  return {
    hanging: (before.data?.instance_hanging_info ?? []).map((h) => ({
      held: h.instance_id === held.instance_id && h.lifecycle_action_key === held.lifecycle_action_key,
      status: h.lifecycle_hook_status,
    })),
    listError: before.error ? String(before.error) : null,
    callbackStatus: callback.response?.status ?? null,
    callbackError: callback.error ? String(callback.error) : null,
    hangingAfter: after.data?.instance_hanging_info.length ?? null,
    state: instance?.lifecycle_state ?? null,
  };
}
`;
const expectedFlow = {
  hanging: [{ held: true, status: 'HANGING' }],
  listError: null,
  callbackStatus: 204,
  callbackError: null,
  hangingAfter: 0,
  state: 'INSERVICE',
};

const consumerMjs = `import { createAutoScalingClient } from '@as-lifecycle/client';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer } from '@as-lifecycle/msw/server';
import { sign } from '@as-lifecycle/signer';
import { lifecycleActionResultValues, regionEndpoints } from '@as-lifecycle/types';
import { runContract } from '@as-lifecycle/contract/runner';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

${scenarioSource}
${flowSource}
const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
const options = { projectId: scenario.project_id, credentials: { token: 't' } };
const inProcess = await flow(
  mock,
  createAutoScalingClient({ ...options, endpoint: 'https://as.example', fetch: mock.fetch }),
);
const server = await createMockServer(mock, { port: 0 });
let http;
try {
  http = await flow(mock, createAutoScalingClient({ ...options, endpoint: server.url }));
} finally {
  await server.close();
}
const signed = await sign(
  { method: 'GET', url: 'https://as.example/autoscaling-api/v1/p/scaling_lifecycle_hook/g/list' },
  { credentials: { accessKey: 'AK', secretKey: 'SK' } },
);
const spec = JSON.parse(
  readFileSync(fileURLToPath(import.meta.resolve('@as-lifecycle/spec/openapi.json')), 'utf8'),
);
const schema = JSON.parse(
  readFileSync(fileURLToPath(import.meta.resolve('@as-lifecycle/msw/scenario.schema.json')), 'utf8'),
);
console.log(
  JSON.stringify({
    inProcess,
    http,
    signature: signed.Authorization?.split(' ')[0] ?? null,
    results: lifecycleActionResultValues,
    endpoint: regionEndpoints['cn-north-4'],
    openapi: spec.openapi,
    schemaHasProjectId: JSON.stringify(schema).includes('project_id'),
    runContract: typeof runContract,
  }),
);
`;

const consumerCjs = `'use strict';
const { createAutoScalingClient } = require('@as-lifecycle/client');
const { createLifecycleMock } = require('@as-lifecycle/msw');
const { createMockServer } = require('@as-lifecycle/msw/server');
const { sign } = require('@as-lifecycle/signer');
const { lifecycleActionResultValues } = require('@as-lifecycle/types');
const { mockProvider, runContract } = require('@as-lifecycle/contract/runner');

${scenarioSource}
${flowSource}
async function main() {
  const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
  const options = { projectId: scenario.project_id, credentials: { token: 't' } };
  const inProcess = await flow(
    mock,
    createAutoScalingClient({ ...options, endpoint: 'https://as.example', fetch: mock.fetch }),
  );
  const server = await createMockServer(mock, { port: 0 });
  let http;
  try {
    http = await flow(mock, createAutoScalingClient({ ...options, endpoint: server.url }));
  } finally {
    await server.close();
  }

  // The contract suite's runner against another mock, in process (its checks reseed the project).
  const contractMock = createLifecycleMock({ clock: 'virtual' });
  const report = await runContract({
    target: {
      baseUrl: 'https://as.example',
      projectId: scenario.project_id,
      fetch: (request) => contractMock.fetch(request),
    },
    provider: mockProvider(contractMock),
    seed: 20261129,
    runs: 3,
    only: ['callback_sequence', 'unknown_group'],
  });

  // '.' of @as-lifecycle/contract is ESM only: no require condition.
  let contractRootRequire = 'loaded';
  try {
    require('@as-lifecycle/contract');
  } catch (error) {
    contractRootRequire = error.code;
  }

  const signed = await sign(
    { method: 'GET', url: 'https://as.example/autoscaling-api/v1/p/scaling_lifecycle_hook/g/list' },
    { credentials: { accessKey: 'AK', secretKey: 'SK' } },
  );
  console.log(
    JSON.stringify({
      inProcess,
      http,
      contract: {
        seed: report.seed,
        results: report.results.map((r) => ({
          id: r.id,
          status: r.status,
          reason: r.reason,
          violated: r.violated,
        })),
      },
      contractRootRequire,
      signature: signed.Authorization?.split(' ')[0] ?? null,
      results: lifecycleActionResultValues,
      openapi: require('@as-lifecycle/spec/openapi.json').openapi,
      schemaHasProjectId: JSON.stringify(require('@as-lifecycle/msw/scenario.schema.json')).includes(
        'project_id',
      ),
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

// Type-checked only (tsc --noEmit). `.mts`/`.ts` import every entry; `.cts` every entry that has a
// `require` condition (all but '.' of the contract, which is ESM only).
const checkSource = (contractRoot: boolean) => `import type {
  CallbackLifecycleHookBody,
  InstanceHangingInfo,
  LifecycleHook,
  ListHookInstancesResponse,
  paths,
} from '@as-lifecycle/types';
import { lifecycleActionResultValues, regionEndpoints } from '@as-lifecycle/types';
import {
  ApiError,
  type AutoScalingClient,
  createAutoScalingClient,
  type FetchLike,
} from '@as-lifecycle/client';
import { createLifecycleMock, type LifecycleMock, type Scenario } from '@as-lifecycle/msw';
import { createMockServer, type MockServer } from '@as-lifecycle/msw/server';
import { type AkSkCredentials, sign, type VerifyResult, verify } from '@as-lifecycle/signer';
import {
  type ContractReport,
  type ContractProvider,
  mockProvider,
  runContract,
} from '@as-lifecycle/contract/runner';
${
  contractRoot
    ? `import { type ContractSuiteOptions, defineContractSuite } from '@as-lifecycle/contract';
`
    : ''
}import { setupServer } from 'msw/node';

const scenario: Scenario = {
  project_id: '0605767a3300d5762fb7c0186d9e1779',
  scaling_groups: [
    {
      scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
        },
      ],
    },
  ],
};

const body: CallbackLifecycleHookBody = {
  lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
  lifecycle_action_result: 'CONTINUE',
};
// @ts-expect-error: a callback body needs a target (a key, or an instance id and a hook name).
const untargeted: CallbackLifecycleHookBody = { lifecycle_action_result: 'CONTINUE' };
// @ts-expect-error: EXTEND is a callback result, never a hook's default result.
const extendDefault: LifecycleHook['default_result'] = 'EXTEND';

type CallbackPath = paths['/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback'];
const results: readonly string[] = lifecycleActionResultValues;
const endpoint: string = regionEndpoints['cn-north-4'];

const mock: LifecycleMock = createLifecycleMock({ scenario, clock: 'virtual' });
const server = setupServer(...mock.handlers); // the mock's handlers fit the consumer's msw
const inProcessFetch: FetchLike = mock.fetch;
const client: AutoScalingClient = createAutoScalingClient({
  endpoint: 'https://as.example',
  projectId: scenario.project_id,
  credentials: { token: 't' },
  fetch: inProcessFetch,
});
const thrower: AutoScalingClient<true> = createAutoScalingClient({
  region: 'cn-north-4',
  projectId: scenario.project_id,
  credentials: { accessKey: 'AK', secretKey: 'SK' },
  throwOnError: true,
});

export async function consumer(): Promise<number> {
  const { data, error } = await client.listHookInstances({ scaling_group_id: 'g' });
  const listed: ListHookInstancesResponse | undefined = data;
  const first: InstanceHangingInfo | undefined = listed?.instance_hanging_info[0];
  if (error instanceof ApiError) return error.status;
  if (error) return error.kind === 'network' ? -1 : -2;
  const thrown = await thrower.callbackLifecycleHook({ scaling_group_id: 'g', body });
  const status: number = thrown.response.status;
  // @ts-expect-error: the client refuses a body without a target at compile time too.
  await client.callbackLifecycleHook({ scaling_group_id: 'g', body: { lifecycle_action_result: 'EXTEND' } });
  const httpServer: MockServer = await createMockServer(mock, { port: 0 });
  await httpServer.close();
  const credentials: AkSkCredentials = { accessKey: 'AK', secretKey: 'SK' };
  const added: Record<string, string> = await sign({ method: 'GET', url: endpoint }, { credentials });
  const verified: VerifyResult = await verify(
    { method: 'GET', url: endpoint, headers: added },
    { secretKeyFor: (accessKey) => (accessKey === 'AK' ? 'SK' : undefined) },
  );
  const valid: boolean = verified.valid;
  const provider: ContractProvider = mockProvider(mock);
  const report: ContractReport = await runContract({
    target: { baseUrl: 'https://as.example', projectId: scenario.project_id, fetch: (r) => mock.fetch(r) },
    provider,
    runs: 3,
    only: ['callback_sequence'],
  });
${
  contractRoot
    ? `  const suite: ContractSuiteOptions = {
    target: { baseUrl: 'https://as.example', projectId: scenario.project_id },
    provider,
    name: 'consumer',
  };
  const define: (options: ContractSuiteOptions) => void = defineContractSuite;
  void [suite, define];
`
    : ''
}  server.close();
  void [untargeted, extendDefault, results, first, valid, status];
  const path: keyof CallbackPath = 'put';
  return report.results.length + path.length;
}
`;

const tsconfig = (options: Record<string, unknown>, files: string[]) =>
  `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        types: ['node'],
        strict: true,
        noEmit: true,
        ...options,
      },
      files,
    },
    null,
    2,
  )}\n`;

// skipLibCheck is false (every declaration file checked) except for CommonJS under node16: that mode
// models a Node without require(esm), where msw's own declarations (which import the ESM-only
// rettime and type-fest) and @as-lifecycle/msw's index.d.cts (which imports the ESM-only
// openapi-msw) get TS1479. Node >=20.19 (the packages' engines) has require(esm): `node20` models
// it, and checks the same CommonJS file with skipLibCheck false.
const typeChecks = [
  {
    id: 'node16-esm',
    title: 'node16, ESM (.mts)',
    options: { module: 'node16', moduleResolution: 'node16' },
    skipLibCheck: false,
    files: ['check.mts'],
  },
  {
    id: 'node16-cjs',
    title: 'node16, CommonJS (.cts), skipLibCheck',
    options: { module: 'node16', moduleResolution: 'node16' },
    skipLibCheck: true,
    files: ['check.cts'],
  },
  {
    id: 'node20',
    title: 'node20, ESM and CommonJS (.mts, .cts)',
    options: { module: 'node20', moduleResolution: 'node16' },
    skipLibCheck: false,
    files: ['check.mts', 'check.cts'],
  },
  {
    id: 'bundler',
    title: 'bundler (.ts)',
    options: { module: 'esnext', moduleResolution: 'bundler' },
    skipLibCheck: false,
    files: ['check.ts'],
  },
];

const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { environment: 'jsdom', include: ['*.test.mjs'], testTimeout: 120_000 },
});
`;

const consumerTestMjs = `import { createAutoScalingClient } from '@as-lifecycle/client';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, test } from 'vitest';

${scenarioSource}
const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

test('runs in jsdom', () => {
  expect(typeof window).not.toBe('undefined');
  expect(document.createElement('div').tagName).toBe('DIV');
});

// No fetch option: the client looks up the global fetch on each call, which MSW patches.
test.each([
  ['an IAM token', { token: 't' }],
  ['AK/SK (signed)', { accessKey: 'AK', secretKey: 'SK' }],
])('a callback flows through MSW with %s', async (_, credentials) => {
  const client = createAutoScalingClient({
    region: 'cn-north-4',
    projectId: scenario.project_id,
    credentials,
  });
  const held = mock.scaleOut(group, 1).instance_hanging_info[0];
  const before = await client.listHookInstances({ scaling_group_id: group });
  expect(before.error).toBeUndefined();
  expect(before.data.instance_hanging_info).toEqual([
    expect.objectContaining({
      instance_id: held.instance_id,
      lifecycle_action_key: held.lifecycle_action_key,
      lifecycle_hook_status: 'HANGING',
    }),
  ]);
  const callback = await client.callbackLifecycleHook({
    scaling_group_id: group,
    body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' },
  });
  expect(callback.error).toBeUndefined();
  expect(callback.response.status).toBe(204);
  const after = await client.listHookInstances({ scaling_group_id: group });
  expect(after.error).toBeUndefined();
  expect(after.data.instance_hanging_info).toEqual([]);
});
`;

// '.' of the contract (defineContractSuite) needs vitest; it runs here, in Node.
const contractTestMjs = `// @vitest-environment node
import { defineContractSuite, mockProvider } from '@as-lifecycle/contract';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { getResponse } from 'msw';

const mock = createLifecycleMock({ clock: 'virtual' });

defineContractSuite({
  name: 'consumer contract',
  target: {
    baseUrl: 'https://as.cn-north-4.myhuaweicloud.com',
    projectId: '0605767a3300d5762fb7c0186d9e1779',
    fetch: (request) => getResponse(mock.handlers, request),
  },
  provider: mockProvider(mock),
  seed: 20261129,
  runs: 3,
  only: ['callback_sequence', 'unknown_group'],
});
`;

// The testing guide's Jest recipe, as written in the README: its `js` blocks named by their first
// line (`// jest.config.cjs`…). The ESM test file is the CommonJS one with the ESM block's imports
// in place of its requires, as the guide says.
interface JestRecipe {
  config: string;
  cjs: string;
  mjs: string;
  install: string[];
  /** The TypeScript variant: its config, its test file, what it installs besides. */
  typescript: { config: string; test: string; install: string[] };
}
async function jestRecipe(): Promise<JestRecipe> {
  const blocks = markdownBlocks(guide, await readFile(join(root, guide), 'utf8'));
  const named = (name: string, lang = 'js') => guideBlock(name, lang);
  const cjs = await named('scaling.test.cjs');
  const imports = await named('scaling.test.mjs');
  const requires = cjs.split('\n').filter((line) => line.includes('require('));
  const importLines = imports.split('\n').filter((line) => line.startsWith('import '));
  // Every require is one the ESM block imports, in the same order, and nothing else is left out.
  expect(
    requires.map((line) => /require\('([^']+)'\)/.exec(line)?.[1]),
    'the ESM block imports what the CommonJS test requires',
  ).toEqual(importLines.map((line) => /from '([^']+)'/.exec(line)?.[1]));
  expect(imports.split('\n').slice(1).join('\n').trim()).toBe(importLines.join('\n'));
  const install = blocks.filter((b) => b.lang === 'sh' && b.code.includes(' jest@'));
  expect(install, `one sh block of ${guide} installs jest`).toHaveLength(1);
  const typescriptInstall = blocks.filter(
    (b) => b.lang === 'sh' && b.code.includes(' @babel/preset-typescript@'),
  );
  expect(typescriptInstall, `one sh block of ${guide} installs Jest's TypeScript`).toHaveLength(1);
  const words = (code = '') => code.split(/\s+/).filter((word) => /^@?[\w/.-]+@\d/.test(word));
  return {
    typescript: {
      config: await named('jest.config.cjs (TypeScript)'),
      test: await named('callbacks.test.ts', 'ts'),
      install: words(typescriptInstall[0]?.code),
    },
    config: await named('jest.config.cjs'),
    cjs,
    mjs: `${imports}\n${cjs
      .split('\n')
      .slice(1)
      .filter((line) => !line.includes('require('))
      .join('\n')}`,
    install: words(install[0]?.code),
  };
}
const jestTitles = [
  'runs in jsdom',
  'a launch waits until someone answers it',
  'CONTINUE puts the instance in service',
  'a callback refused with the provider error',
  'past the timeout, the default result applies',
];

// ---------------------------------------------------------------------------------------------
// The code we publish (scripts/test/snippets.ts): every ts block of every Markdown file of the
// repository, and every @example of the installed packages' declaration files, each checked under
// strict + noUncheckedIndexedAccess with both module resolutions a user may have.

const exampleContext = join(root, 'scripts/test/example-context.ts');
const snippetModes = [
  { id: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler' } },
  { id: 'node16', options: { module: 'node16', moduleResolution: 'node16' } },
] as const;

async function collectSnippets(contextNames: readonly string[]): Promise<SnippetFile[]> {
  const listed = await run(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'],
    {
      cwd: root,
      timeoutMs: 60_000,
    },
  );
  expect(listed.code, explain(listed)).toBe(0);
  const snippets: SnippetFile[] = [];
  for (const file of listed.stdout.split('\n').filter((f) => f && !f.includes('node_modules/'))) {
    snippets.push(...markdownSnippets(file, await readFile(join(root, file), 'utf8')));
  }
  for (const name of names.keys()) {
    const dir = join(app, 'node_modules', name);
    const manifest = await readJson(join(dir, 'package.json'));
    const entries: { specifier: string; names: string[] }[] = [];
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types =
        (target as { import?: { types?: string } })?.import?.types ??
        (target as { types?: string })?.types;
      if (typeof types !== 'string') continue;
      entries.push({
        specifier: subpath === '.' ? name : `${name}/${subpath.slice(2)}`,
        names: exportedNames(await readFile(join(dir, types), 'utf8')),
      });
    }
    const dist = join(dir, 'dist');
    if (!existsSync(dist)) continue;
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.d.ts'))) {
      const text = await readFile(join(dist, file), 'utf8');
      for (const example of jsdocExamples(text)) {
        snippets.push(
          exampleSnippet(`${name}/dist/${file}`, example, entries, {
            specifier: './example-context.js',
            names: contextNames,
          }),
        );
      }
    }
  }
  return snippets;
}

// ---------------------------------------------------------------------------------------------

let names = new Map<string, string>(); // package name → its tarball
let snippets: SnippetFile[] = [];
let jestGuide: JestRecipe | undefined;
let project: ConsumerProject | undefined;
let app = '';

const inApp = (file: string, args: readonly string[], timeoutMs = 120_000) =>
  run(file, args, { cwd: app, timeoutMs, env: consumerEnv() });

beforeAll(async () => {
  names = new Map(Object.entries(tarballs()));
  project = await createConsumerProject({ name: 'consumer', tools: snippetTools, timings });
  app = project.dir;

  const files: Record<string, string> = {
    'consumer.mjs': consumerMjs,
    'consumer.cjs': consumerCjs,
    'check.mts': checkSource(true),
    'check.cts': checkSource(false),
    'check.ts': checkSource(true),
    ...Object.fromEntries(
      typeChecks.map((c) => [
        `tsconfig.${c.id}.json`,
        tsconfig({ ...c.options, skipLibCheck: c.skipLibCheck }, c.files),
      ]),
    ),
    'vitest.config.mjs': vitestConfig,
    'consumer.test.mjs': consumerTestMjs,
    'contract.test.mjs': contractTestMjs,
  };
  for (const [file, text] of Object.entries(files)) await writeFile(join(app, file), text);

  // The Jest recipe: one folder (one Jest root) for CommonJS, one for ESM, the guide's config in each.
  jestGuide = await jestRecipe();
  for (const [dir, file, test, config] of [
    ['jest-cjs', 'scaling.test.cjs', jestGuide.cjs, jestGuide.config],
    ['jest-esm', 'scaling.test.mjs', jestGuide.mjs, jestGuide.config],
    ['jest-ts', 'callbacks.test.ts', jestGuide.typescript.test, jestGuide.typescript.config],
  ] as const) {
    await mkdir(join(app, dir));
    await writeFile(join(app, dir, 'jest.config.cjs'), config);
    await writeFile(join(app, dir, file), test);
  }

  // The names JSDoc fragments take as given are the ones example-context.ts exports.
  const context = await readFile(exampleContext, 'utf8');
  snippets = await collectSnippets(exportedNames(context));
  await mkdir(join(app, 'snippets'));
  // ESM under node16 too, as a `"type": "module"` app is.
  await writeFile(join(app, 'snippets/package.json'), '{ "type": "module" }\n');
  await writeFile(join(app, 'snippets/example-context.ts'), context);
  for (const snippet of snippets) await writeFile(join(app, snippet.file), snippet.text);
  for (const mode of snippetModes) {
    await writeFile(
      join(app, `snippets/tsconfig.${mode.id}.json`),
      `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: ['node'],
            strict: true,
            noUncheckedIndexedAccess: true,
            noEmit: true,
            skipLibCheck: true,
            jsx: 'react-jsx',
            ...mode.options,
          },
          // Each file named, so that a snippet left out is an error (TS6053), not a silence.
          files: ['example-context.ts', ...snippets.map((s) => s.file.replace(/^snippets\//, ''))],
        },
        null,
        2,
      )}\n`,
    );
  }
  // The recipes run with the guide's own vitest config (its `// vitest.config.ts` block), as a user
  // who follows it would.
  const guideConfig = snippets.find(
    (s) => s.source === 'packages/msw/README.md' && s.text.startsWith('// vitest.config.ts'),
  );
  expect(guideConfig, "the testing guide's vitest config block").toBeDefined();
  await writeFile(join(app, 'snippets/vitest.config.ts'), guideConfig?.text ?? '');
  // The guide's happy-dom note: the same config with `environment: 'happy-dom'`.
  const happyDomConfig = (guideConfig?.text ?? '').replace(
    "environment: 'jsdom'",
    "environment: 'happy-dom'",
  );
  expect(happyDomConfig, "the guide's config names jsdom").not.toBe(guideConfig?.text);
  await writeFile(join(app, 'snippets/vitest.happy-dom.config.ts'), happyDomConfig);
});

afterAll(async () => {
  // AS_LIFECYCLE_KEEP_CONSUMER=1 keeps the consumer project, to look into a failure.
  await project?.remove();
  console.log(timings.report('consumer test'));
});

test('every package of the workspace that is not private is one this test packs', async () => {
  const candidates = ['spec', 'bench', 'scripts', 'packages', 'examples'].flatMap((dir) =>
    existsSync(join(root, dir, 'package.json'))
      ? [dir]
      : existsSync(join(root, dir))
        ? readdirSync(join(root, dir)).map((name) => `${dir}/${name}`)
        : [],
  );
  const published: string[] = [];
  for (const dir of candidates) {
    const manifest = join(root, dir, 'package.json');
    if (!existsSync(manifest)) continue;
    if (!JSON.parse(await readFile(manifest, 'utf8')).private) published.push(dir);
  }
  expect(published.sort()).toEqual([...publishedDirs].sort());
});

test('npm took every @as-lifecycle package from the local tarballs', async () => {
  const lock = await readJson(join(app, 'package-lock.json'));
  const locked = Object.entries(lock.packages as Record<string, { resolved?: string }>);
  for (const name of names.keys()) {
    const copies = locked.filter(([path]) => path.endsWith(`node_modules/${name}`));
    expect(
      copies.map(([path, entry]) => [path, entry.resolved]),
      `${name}: one copy, from its tarball`,
    ).toEqual([[`node_modules/${name}`, expect.stringMatching(/^file:.*\.tgz$/)]]);
  }
  expect(locked.map(([path]) => path).filter((path) => path.includes('@as-lifecycle/'))).toEqual(
    [...names.keys()].map((name) => `node_modules/${name}`).sort(),
  );
});

test('every exports, imports, main, types and bin target is in its tarball, and none names src/', async () => {
  const missing: string[] = [];
  const walk = (name: string, where: string, value: unknown) => {
    if (typeof value === 'string') {
      if (value.startsWith('./') && !value.includes('*')) {
        if (!existsSync(join(app, 'node_modules', name, value)))
          missing.push(`${name}: ${where} → ${value}`);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) walk(name, `${where}.${key}`, inner);
  };
  for (const name of names.keys()) {
    const text = await readFile(join(app, 'node_modules', name, 'package.json'), 'utf8');
    // The workspace-only condition (src/*.ts) is dropped when packing (.pnpmfile.cjs).
    if (text.includes('@as-lifecycle/source') || text.includes('./src/')) {
      missing.push(`${name}: the packed package.json still names the workspace's sources`);
    }
    const manifest = JSON.parse(text);
    for (const field of ['exports', 'imports', 'main', 'module', 'types', 'bin']) {
      const value = manifest[field];
      walk(
        name,
        field,
        typeof value === 'string' && !value.startsWith('./') ? `./${value}` : value,
      );
    }
  }
  expect(missing).toEqual([]);
});

test('ESM: client, msw, msw/server, signer, types, spec and the runner from import', async () => {
  const ran = await timed('node consumer.mjs', () => inApp(process.execPath, ['consumer.mjs']));
  expect(ran.code, explain(ran)).toBe(0);
  expect(jsonOutput(ran), explain(ran)).toEqual({
    inProcess: expectedFlow,
    http: expectedFlow,
    signature: 'SDK-HMAC-SHA256',
    results: ['ABANDON', 'CONTINUE', 'EXTEND'],
    endpoint: expect.stringMatching(/^https:\/\/as\.cn-north-4\./),
    openapi: expect.stringMatching(/^3\.1\./),
    schemaHasProjectId: true,
    runContract: 'function',
  });
});

test('CommonJS: the same from require, and runContract against the mock', async () => {
  const ran = await timed('node consumer.cjs (+ runContract)', () =>
    inApp(process.execPath, ['consumer.cjs']),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const out = jsonOutput(ran);
  expect(out, explain(ran)).toMatchObject({
    inProcess: expectedFlow,
    http: expectedFlow,
    contractRootRequire: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    signature: 'SDK-HMAC-SHA256',
    results: ['ABANDON', 'CONTINUE', 'EXTEND'],
    openapi: expect.stringMatching(/^3\.1\./),
    schemaHasProjectId: true,
  });
  const results: { id: string; status: string }[] = out.contract.results;
  const report = JSON.stringify(out.contract, null, 2);
  expect(
    results.filter((r) => r.status === 'failed'),
    report,
  ).toEqual([]);
  expect(results.map((r) => [r.id, r.status])).toContainEqual(['callback_sequence', 'passed']);
  expect(
    results.filter((r) => r.id.startsWith('unknown_group') && r.status === 'passed'),
    report,
  ).toHaveLength(7);
});

test.each(typeChecks.map((check) => [check.title, check] as const))(
  'TypeScript: every entry type-checks (%s)',
  async (_, check) => {
    const ran = await timed(`tsc --noEmit (${check.title})`, () =>
      inApp(join(app, 'node_modules/.bin/tsc'), [
        '-p',
        `tsconfig.${check.id}.json`,
        '--pretty',
        'false',
      ]),
    );
    expect(ran.code, explain(ran)).toBe(0);
  },
);

test('vitest + jsdom: MSW handlers, the global fetch, and defineContractSuite', async () => {
  const ran = await timed('vitest run (jsdom + contract suite)', () =>
    inApp(join(app, 'node_modules/.bin/vitest'), [
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=vitest-report.json',
    ]),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(app, 'vitest-report.json'));
  const passed = (report.testResults as { assertionResults: { title: string; status: string }[] }[])
    .flatMap((file) => file.assertionResults)
    .filter((t) => t.status === 'passed')
    .map((t) => t.title);
  expect(passed, explain(ran)).toEqual(
    expect.arrayContaining([
      'runs in jsdom',
      'a callback flows through MSW with an IAM token',
      'a callback flows through MSW with AK/SK (signed)',
      'callback_sequence',
    ]),
  );
  expect(report.numFailedTests, explain(ran)).toBe(0);
});

test('the bins answer --help', async () => {
  for (const bin of ['as-lifecycle', 'as-lifecycle-mock', 'as-lifecycle-contract']) {
    const ran = await inApp(join(app, 'node_modules/.bin', bin), ['--help']);
    expect(ran.code, explain(ran)).toBe(0);
    expect(ran.stdout, explain(ran)).toMatch(/usage/i);
  }
});

test('the published examples are collected: every README block and every @example', () => {
  const sources = new Set(snippets.map((s) => s.source));
  for (const readme of [
    'packages/client/README.md',
    'packages/msw/README.md',
    'packages/signer/README.md',
    'packages/contract/README.md',
  ]) {
    expect(sources, readme).toContain(readme);
  }
  for (const name of names.keys()) {
    expect(
      snippets.some((s) => s.source.startsWith(`${name}/dist/`)),
      `${name} has checked @example blocks`,
    ).toBe(true);
  }
  expect(snippets.filter((s) => s.test).length, 'recipes run as tests').toBeGreaterThan(0);
  const files = snippets.map((s) => s.file);
  expect(
    files.filter((file, i) => files.indexOf(file) !== i),
    'one file per snippet',
  ).toEqual([]);
});

test.each(snippetModes.map((mode) => [mode.id, mode] as const))(
  'every published TypeScript example compiles as pasted: README blocks and JSDoc @example (strict, noUncheckedIndexedAccess, %s)',
  async (_, mode) => {
    const ran = await timed(`tsc --noEmit (${snippets.length} examples, ${mode.id})`, () =>
      inApp(join(app, 'node_modules/.bin/tsc'), [
        '-p',
        `snippets/tsconfig.${mode.id}.json`,
        '--pretty',
        'false',
      ]),
    );
    expect(ran.code === 0 || ran.code === 2, explain(ran)).toBe(true);
    expect(judge(snippets, parseDiagnostics(ran.stdout)), explain(ran)).toEqual([]);
  },
);

test("the testing guide's recipes pass as a user's tests (vitest + jsdom)", async () => {
  const ran = await timed('vitest run (testing guide recipes)', () =>
    run(
      join(app, 'node_modules/.bin/vitest'),
      ['run', '--config', 'vitest.config.ts', '--reporter=json', '--outputFile.json=report.json'],
      {
        cwd: join(app, 'snippets'),
        timeoutMs: 300_000,
        env: consumerEnv(),
      },
    ),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(app, 'snippets/report.json'));
  expect(report.numFailedTests, explain(ran)).toBe(0);
  expect(report.testResults.length, explain(ran)).toBe(snippets.filter((s) => s.test).length);
  expect(report.numPassedTests, explain(ran)).toBeGreaterThan(0);
});

test("the testing guide's recipes pass under happy-dom (vitest)", async () => {
  const ran = await timed('vitest run (testing guide recipes, happy-dom)', () =>
    run(
      join(app, 'node_modules/.bin/vitest'),
      [
        'run',
        '--config',
        'vitest.happy-dom.config.ts',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=report-happy-dom.json',
      ],
      { cwd: join(app, 'snippets'), timeoutMs: 300_000, env: consumerEnv() },
    ),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(app, 'snippets/report-happy-dom.json'));
  expect(report.numFailedTests, explain(ran)).toBe(0);
  expect(report.testResults.length, explain(ran)).toBe(snippets.filter((s) => s.test).length);
  expect(report.numPassedTests, explain(ran)).toBeGreaterThan(0);
});

test("the testing guide's Jest recipe installs the versions this test pins", () => {
  expect(jestGuide?.install.length).toBeGreaterThan(0);
  expect(snippetTools).toEqual(expect.arrayContaining(jestGuide?.install ?? []));
  expect(jestGuide?.typescript.install.length).toBeGreaterThan(0);
  expect(snippetTools).toEqual(expect.arrayContaining(jestGuide?.typescript.install ?? []));
});

test.each([
  ['CommonJS', 'jest-cjs', {}],
  [
    'ESM, --experimental-vm-modules',
    'jest-esm',
    {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  ],
] as const)(
  "the testing guide's Jest recipe passes in Jest 30 + jsdom (%s)",
  async (mode, dir, env) => {
    const cwd = join(app, dir);
    const ran = await timed(`jest (${mode})`, () =>
      run(
        join(app, 'node_modules/.bin/jest'),
        ['--ci', '--json', '--outputFile=report.json', `--cacheDirectory=${join(cwd, '.cache')}`],
        { cwd, timeoutMs: 180_000, env: { ...consumerEnv(), ...env } },
      ),
    );
    expect(ran.code, explain(ran)).toBe(0);
    const report = await readJson(join(cwd, 'report.json'));
    const results = (
      report.testResults as { assertionResults: { title: string; status: string }[] }[]
    ).flatMap((file) => file.assertionResults);
    expect(
      results.map((t) => [t.title, t.status]),
      explain(ran),
    ).toEqual(jestTitles.map((title) => [title, 'passed']));
  },
);

test("the testing guide's TypeScript Jest recipe passes in Jest 30 + jsdom (Babel)", async () => {
  const cwd = join(app, 'jest-ts');
  const ran = await timed('jest (TypeScript)', () =>
    run(
      join(app, 'node_modules/.bin/jest'),
      ['--ci', '--json', '--outputFile=report.json', `--cacheDirectory=${join(cwd, '.cache')}`],
      { cwd, timeoutMs: 180_000, env: consumerEnv() },
    ),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(cwd, 'report.json'));
  const results = (
    report.testResults as { assertionResults: { title: string; status: string }[] }[]
  ).flatMap((file) => file.assertionResults);
  expect(
    results.map((t) => [t.title, t.status]),
    explain(ran),
  ).toEqual([
    ['CONTINUE puts the instance in service', 'passed'],
    ['a callback refused with the provider error', 'passed'],
  ]);
});
