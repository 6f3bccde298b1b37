// `@as-lifecycle/msw/storybook` as a Storybook user gets it: the tarballs installed with npm in a
// fresh project outside the workspace beside Storybook 10 (react-vite), msw-storybook-addon 3 and
// @storybook/addon-vitest; a component that calls the API, its stories with a scenario each and a
// play function, type-checked by tsc, run in Debian's Chromium by vitest through the addon, and
// built as a static Storybook that carries msw's worker script.
import { existsSync } from 'node:fs';
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
const { timed } = timings;

// The user's tools, pinned as the workspace pins them.
const tools = [
  'storybook@10.6.7',
  '@storybook/react-vite@10.6.7',
  '@storybook/addon-vitest@10.6.7',
  'msw-storybook-addon@3.0.3',
  'msw@2.15.0',
  'react@19.3.1',
  'react-dom@19.3.1',
  '@types/react@19.3.3',
  '@types/react-dom@19.3.0',
  'vite@8.4.0',
  'vitest@4.1.12',
  '@vitest/browser@4.1.12',
  '@vitest/browser-playwright@4.1.12',
  'playwright@1.65.1',
  'typescript@5.9.3',
  '@types/node@20.19.43',
];

const files = async (launchOptions: { executablePath: string; args: string[] }) => ({
  '.storybook/main.ts': `import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-vitest'],
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};
export default config;
`,
  // The testing guide's preview and story, as pasted.
  '.storybook/preview.ts': await guideBlock('.storybook/preview.ts', 'ts'),
  'src/held-count.stories.tsx': await guideBlock('src/held-count.stories.tsx', 'tsx'),
  'src/held.tsx': `import { useEffect, useState } from 'react';

export const api =
  'https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779';
interface Record { instance_id: string; lifecycle_action_key: string }

/** The instances a group's hooks hold, each with a Continue button. */
export function Held({ group }: { group: string }) {
  const [held, setHeld] = useState<Record[]>();
  const load = () =>
    fetch(\`\${api}/scaling_instance_hook/\${group}/list\`)
      .then((r) => r.json())
      .then((body: { instance_hanging_info: Record[] }) => setHeld(body.instance_hanging_info));
  useEffect(() => void load(), [group]);
  if (!held) return <p>Loading…</p>;
  if (held.length === 0) return <p>No instance is waiting.</p>;
  return (
    <ul>
      {held.map((r) => (
        <li key={r.lifecycle_action_key}>
          {r.instance_id}{' '}
          <button
            type="button"
            onClick={async () => {
              await fetch(\`\${api}/scaling_instance_hook/\${group}/callback\`, {
                method: 'PUT',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ lifecycle_action_key: r.lifecycle_action_key, lifecycle_action_result: 'CONTINUE' }),
              });
              await load();
            }}
          >
            Continue
          </button>
        </li>
      ))}
    </ul>
  );
}
`,
  'src/held.stories.tsx': `import { lifecycleMockOf, type LifecycleStoryParameters } from '@as-lifecycle/msw/storybook';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Held } from './held';

const group = 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a';
const instance = 'b25c1589-c96c-465b-9fef-d06540d1945c';
const scenario: LifecycleStoryParameters['scenario'] = {
  project_id: '0605767a3300d5762fb7c0186d9e1779',
  scaling_groups: [
    {
      scaling_group_id: group,
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
        },
      ],
      instance_hanging_info: [{ instance_id: instance, lifecycle_hook_name: 'hook-launch' }],
    },
  ],
};

const meta = {
  component: Held,
  args: { group },
  parameters: { asLifecycle: { scenario } satisfies LifecycleStoryParameters },
} satisfies Meta<typeof Held>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ContinueLetsItGo: Story = {
  play: async (context) => {
    const mock = lifecycleMockOf(context);
    await context.userEvent.click(await context.canvas.findByRole('button', { name: 'Continue' }));
    await context.canvas.findByText('No instance is waiting.');
    expect(mock.group(group).instances).toEqual([
      { instance_id: instance, lifecycle_state: 'INSERVICE' },
    ]);
  },
};

export const PastTheTimeout: Story = {
  parameters: { asLifecycle: { scenario, advance: 3600 } satisfies LifecycleStoryParameters },
  play: async (context) => {
    await context.canvas.findByText('No instance is waiting.');
    // The hook's default result, ABANDON: the launch is undone.
    expect(lifecycleMockOf(context).group(group).instances).toEqual([]);
  },
};
`,
  'vitest.config.ts': `import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: {
    name: 'storybook',
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: ${JSON.stringify(launchOptions)} }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
`,
  'tsconfig.json': `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        types: ['node'],
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
      },
      include: ['src', '.storybook', 'vitest.config.ts'],
    },
    null,
    2,
  )}\n`,
});

let project: ConsumerProject;

beforeAll(async () => {
  const launchOptions = chromiumLaunchOptions();
  project = await createConsumerProject({ name: 'storybook', tools, timings, type: 'module' });
  await project.write(await files(launchOptions));
  const init = await timed('msw init public', () =>
    project.run(project.bin('msw'), ['init', 'public', '--no-save']),
  );
  expect(init.code, explain(init)).toBe(0);
});

afterAll(async () => {
  await project?.remove();
  console.log(timings.report('consumer test (Storybook)'));
});

test("the stories, the preview and the loader's types compile against Storybook's own (tsc, strict)", async () => {
  const ran = await timed('tsc --noEmit', () => project.run(project.bin('tsc'), ['--noEmit']));
  expect(ran.code, explain(ran)).toBe(0);
});

test("every play function passes in Chromium through @storybook/addon-vitest (the guide's story too), each story on its own mock", async () => {
  const ran = await timed('vitest run (storybook, Chromium)', () =>
    project.run(project.bin('vitest'), ['run', '--reporter=json', '--outputFile=report.json'], {
      timeoutMs: 300_000,
    }),
  );
  expect(ran.code, explain(ran)).toBe(0);
  const report = await readJson(join(project.dir, 'report.json'));
  expect(
    report.testResults.flatMap((file: { assertionResults: { title: string; status: string }[] }) =>
      file.assertionResults.map((t) => [t.title, t.status]),
    ),
    explain(ran),
  ).toEqual(
    expect.arrayContaining([
      ['One Waiting', 'passed'],
      ['Continue Lets It Go', 'passed'],
      ['Past The Timeout', 'passed'],
    ]),
  );
  expect(report.numTotalTests, explain(ran)).toBe(3);
});

test("storybook build makes a static Storybook that carries msw's worker script", async () => {
  const ran = await timed('storybook build', () =>
    project.run(project.bin('storybook'), ['build', '-o', 'storybook-static', '--quiet'], {
      timeoutMs: 300_000,
    }),
  );
  expect(ran.code, explain(ran)).toBe(0);
  for (const file of ['iframe.html', 'index.json', 'mockServiceWorker.js']) {
    expect(existsSync(join(project.dir, 'storybook-static', file)), file).toBe(true);
  }
  const index = await readJson(join(project.dir, 'storybook-static/index.json'));
  expect(Object.keys(index.entries).sort()).toEqual([
    'held--continue-lets-it-go',
    'held--past-the-timeout',
    'held-count--one-waiting',
  ]);
});
