/**
 * The console against the mock, one scenario per story (`parameters.asLifecycle`, read by
 * `@as-lifecycle/msw/storybook`'s loader in .storybook/preview.ts): each story renders on a fresh
 * mock, and its play function clicks through it and checks both the page and the mock's state.
 * The scenario is the console tests' (test/console-scenario.ts), made at the story's clock start.
 */
import type { LifecycleStoryParameters } from '@as-lifecycle/msw/storybook';
import { lifecycleMockOf } from '@as-lifecycle/msw/storybook';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import {
  consoleScenario,
  groups,
  instances,
  projectId,
  testConfig,
} from '../test/console-scenario';
import { App } from './app';
import { parseLeft } from './countdown';

/** The console's scenario, with its timeouts counted from the mock's clock start. */
const scenario: LifecycleStoryParameters['scenario'] = (now) => consoleScenario(now.getTime());
const rowName = (instanceId: string) => `instance ${instanceId}`;
const api = `${testConfig.endpoint}/autoscaling-api/v1/${projectId}`;

const meta = {
  title: 'Console',
  component: App,
  args: { config: testConfig },
  parameters: { asLifecycle: { scenario } satisfies LifecycleStoryParameters },
} satisfies Meta<typeof App>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A group with no hook and no instance; creating a hook there reaches the mock. */
export const EmptyGroup: Story = {
  args: { config: { ...testConfig, groups: [groups.quiet] } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = lifecycleMockOf(context);
    await canvas.findByText('This group has no lifecycle hooks.');
    expect(canvas.getByText('No instance is waiting on a hook.')).toBeVisible();
    const form = within(canvas.getByRole('form', { name: 'New hook' }));
    await userEvent.type(form.getByLabelText('Name'), 'quiet-audit');
    await userEvent.click(form.getByRole('button', { name: 'Create hook' }));
    await canvas.findByRole('row', { name: 'hook quiet-audit' });
    expect(mock.group(groups.quiet).lifecycle_hooks.map((h) => h.lifecycle_hook_name)).toEqual([
      'quiet-audit',
    ]);
  },
};

/** Three instances held on the web group, 45, 10 and 2 minutes left; Continue lets one go. */
export const ThreeInstancesHanging: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = lifecycleMockOf(context);
    const held = [instances.webLaunching, instances.webLaunchingSoon, instances.webTerminating];
    for (const id of held) await canvas.findByRole('row', { name: rowName(id) });
    const minutesLeft = held.map((id) =>
      Math.round(
        parseLeft(
          within(canvas.getByRole('row', { name: rowName(id) })).getByRole('timer').textContent ??
            '',
        ) / 60,
      ),
    );
    expect(minutesLeft).toEqual([45, 10, 2]);
    const row = within(canvas.getByRole('row', { name: rowName(instances.webLaunching) }));
    await userEvent.click(row.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(canvas.queryByRole('row', { name: rowName(instances.webLaunching) })).toBeNull(),
    );
    const state = (id: string) =>
      mock.group(groups.web).instances.find((i) => i.instance_id === id)?.lifecycle_state;
    expect(held.map(state)).toEqual(['INSERVICE', 'PENDING_WAIT', 'REMOVING_WAIT']);
  },
};

/** Someone else answers first: the console's key is stale, and the API says AS.7042. */
export const StaleKey: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = lifecycleMockOf(context);
    const id = instances.webLaunching;
    const row = within(await canvas.findByRole('row', { name: rowName(id) }));
    const [record] = mock
      .group(groups.web)
      .instance_hanging_info.filter((r) => r.instance_id === id);
    await mock.fetch(`${api}/scaling_instance_hook/${groups.web}/callback`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        lifecycle_action_key: record?.lifecycle_action_key,
        lifecycle_action_result: 'CONTINUE',
      }),
    });
    await userEvent.click(row.getByRole('button', { name: 'Continue' }));
    const alert = await canvas.findByRole('alert');
    expect(alert).toHaveTextContent(`Continue ${id} failed.`);
    expect(alert.textContent).toMatch(/AS\.7042: .+ \(request id [0-9a-f]{32}\)/);
    // The list catches up: the instance was let go by the other answer.
    await waitFor(() => expect(canvas.queryByRole('row', { name: rowName(id) })).toBeNull());
    const callbacks = mock.requests().filter((r) => r.operationId === 'callbackLifecycleHook');
    expect(callbacks.map((r) => [r.status, r.code])).toEqual([
      [204, undefined],
      [400, 'AS.7042'],
    ]);
  },
};

/** The network drops the next callback: the console says so and the instance stays held. */
export const NetworkFault: Story = {
  parameters: {
    asLifecycle: {
      scenario,
      faults: [{ operationId: 'callbackLifecycleHook', fault: { network: true } }],
    } satisfies LifecycleStoryParameters,
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = lifecycleMockOf(context);
    const id = instances.webLaunchingSoon;
    const row = within(await canvas.findByRole('row', { name: rowName(id) }));
    await userEvent.click(row.getByRole('button', { name: 'Extend 1 h' }));
    const alert = await canvas.findByRole('alert');
    expect(alert.textContent).toMatch(
      new RegExp(`Extend ${id} failed\\. Network error: .+ Nothing is lost; try again\\.`),
    );
    expect(canvas.getByRole('row', { name: rowName(id) })).toBeVisible();
    const state = mock.group(groups.web).instances.find((i) => i.instance_id === id);
    expect(state?.lifecycle_state).toBe('PENDING_WAIT');
  },
};

/**
 * The mock's clock 11 minutes on: the 2 and 10 minute hooks have applied their default results
 * (CONTINUE and ABANDON); moving it 35 more lets the last one go too.
 */
export const PastTheTimeout: Story = {
  parameters: {
    asLifecycle: { scenario, advance: 11 * 60 } satisfies LifecycleStoryParameters,
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const mock = lifecycleMockOf(context);
    await canvas.findByRole('row', { name: rowName(instances.webLaunching) });
    expect(canvas.getAllByRole('row', { name: /^instance / })).toHaveLength(1);
    const resolved = () =>
      mock
        .group(groups.web)
        .resolved_hanging_info.map((r) => [r.instance_id, r.lifecycle_hook_status, r.resolved_by]);
    expect(resolved()).toEqual([
      [instances.webTerminating, 'CONTINUE', 'timeout'],
      [instances.webLaunchingSoon, 'ABANDON', 'timeout'],
    ]);
    mock.clock.advance(35 * 60);
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }));
    await canvas.findByText('No instance is waiting on a hook.');
    expect(resolved()).toHaveLength(3);
  },
};
