/**
 * What a user does with the console, written once and run in jsdom (`setupServer`) and in real
 * Chromium (`setupWorker`): the mock behind MSW, the console in front, Testing Library between.
 */
import type { LifecycleMock } from '@as-lifecycle/msw';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../src/app';
import { parseLeft } from '../src/countdown';
import { groups, instances, projectId, testConfig } from './console-scenario';

// A loaded 2-core machine, and a timeout scenario that waits 1.5 s on purpose.
configure({ asyncUtilTimeout: 10_000 });

/** Renders the console on the web group and waits for its instances. */
export async function renderConsole(config = testConfig) {
  const user = userEvent.setup();
  render(<App config={config} />);
  await screen.findByRole('row', { name: `instance ${instances.webLaunching}` });
  return user;
}

const row = (instanceId: string) => screen.getByRole('row', { name: `instance ${instanceId}` });
const timerOf = (instanceId: string) => within(row(instanceId)).getByRole('timer');
const leftOf = (instanceId: string) => parseLeft(timerOf(instanceId).textContent ?? '');
const gone = (instanceId: string) =>
  waitFor(() => expect(screen.queryByRole('row', { name: `instance ${instanceId}` })).toBeNull());
const stateOf = (mock: LifecycleMock, group: string, instanceId: string) =>
  mock
    .snapshot()
    .projects.find((p) => p.project_id === projectId)
    ?.scaling_groups.find((g) => g.scaling_group_id === group)
    ?.instances.find((i) => i.instance_id === instanceId)?.lifecycle_state;
/** The text of every alert shown, newest first, once there is one. */
export const alertText = () =>
  screen
    .findAllByRole('alert')
    .then((alerts) => alerts.map((alert) => alert.textContent ?? '').join('\n'));

/** The key scenarios, by name. */
export const keyScenarios: Record<string, (mock: LifecycleMock) => Promise<void>> = {
  'Extend moves the countdown by one hour': async () => {
    const user = await renderConsole();
    const id = instances.webLaunching;
    const until = Date.parse(timerOf(id).getAttribute('datetime') ?? '');
    // Read the countdown just after it ticks: a reading is as old as the last tick, and on a loaded
    // machine a tick can be late, so a reading taken at any moment could be seconds old.
    const shown = leftOf(id);
    await waitFor(() => expect(leftOf(id)).not.toBe(shown), { timeout: 5_000 });
    const started = Date.now();
    const before = leftOf(id);
    await user.click(within(row(id)).getByRole('button', { name: 'Extend 1 h' }));
    await waitFor(() =>
      expect(Date.parse(timerOf(id).getAttribute('datetime') ?? '')).toBe(until + 3_600_000),
    );
    // What the user sees: an hour more, less the seconds that passed (the countdown ticks each second).
    const added = leftOf(id) - before;
    const elapsed = Math.ceil((Date.now() - started) / 1000);
    expect(added).toBeGreaterThanOrEqual(3600 - elapsed - 1);
    expect(added).toBeLessThanOrEqual(3601);
    expect(screen.getByRole('region', { name: 'Activity' }).textContent).toContain(
      `Extended by one hour ${id}`,
    );
  },

  'Continue removes the instance from the list and it enters service': async (mock) => {
    const user = await renderConsole();
    const id = instances.webLaunching;
    await user.click(within(row(id)).getByRole('button', { name: 'Continue' }));
    await gone(id);
    expect(stateOf(mock, groups.web, id)).toBe('INSERVICE');
    expect(screen.getByRole('region', { name: 'Activity' }).textContent).toContain(
      `Continued ${id} (web-bootstrap)`,
    );
  },

  'a stale key shows AS.7042 with the request id, and the list catches up': async (mock) => {
    const user = await renderConsole();
    const id = instances.webLaunching;
    // Someone else answers first.
    const [held] = (
      (await (
        await mock.fetch(
          `${testConfig.endpoint}/autoscaling-api/v1/${projectId}/scaling_instance_hook/${groups.web}/list?instance_id=${id}`,
        )
      ).json()) as { instance_hanging_info: { lifecycle_action_key: string }[] }
    ).instance_hanging_info;
    await mock.fetch(
      `${testConfig.endpoint}/autoscaling-api/v1/${projectId}/scaling_instance_hook/${groups.web}/callback`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          lifecycle_action_key: held?.lifecycle_action_key,
          lifecycle_action_result: 'CONTINUE',
        }),
      },
    );
    await user.click(within(row(id)).getByRole('button', { name: 'Continue' }));
    const text = await alertText();
    expect(text).toContain(`Continue ${id} failed.`);
    expect(text).toMatch(/AS\.7042: .+ \(request id [0-9a-f]{32}\)/);
    await gone(id);
  },

  "the hook's default result applies when the clock passes the timeout": async (mock) => {
    const user = await renderConsole();
    // 2 min left (default CONTINUE, terminating) and 10 min left (default ABANDON, launching).
    mock.clock.advance(11 * 60);
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await gone(instances.webTerminating);
    await gone(instances.webLaunchingSoon);
    expect(stateOf(mock, groups.web, instances.webTerminating)).toBeUndefined();
    expect(stateOf(mock, groups.web, instances.webLaunchingSoon)).toBeUndefined();
    // 45 min left: still held.
    expect(stateOf(mock, groups.web, instances.webLaunching)).toBe('PENDING_WAIT');
    expect(row(instances.webLaunching)).toBeTruthy();
  },

  'a network failure shows an error and loses nothing the user typed': async (mock) => {
    const user = await renderConsole();
    // Hooks change only in a group with no instance in transition.
    const picker = screen.getByLabelText('Scaling group');
    await user.clear(picker);
    await user.type(picker, groups.quiet);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText('This group has no lifecycle hooks.');
    const form = screen.getByRole('form', { name: 'New hook' });
    const field = (name: string) => within(form).getByLabelText(name) as HTMLInputElement;
    await user.type(field('Name'), 'web-audit');
    await user.clear(field('Timeout (s)'));
    await user.type(field('Timeout (s)'), '900');
    await user.type(field('Metadata'), 'audit trail');
    mock.fail('createLifecycleHook', { network: true });
    await user.click(within(form).getByRole('button', { name: 'Create hook' }));
    expect(await alertText()).toMatch(
      /Create hook web-audit failed\. Network error: .+ Nothing is lost/,
    );
    expect([field('Name').value, field('Timeout (s)').value, field('Metadata').value]).toEqual([
      'web-audit',
      '900',
      'audit trail',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Create hook' }));
    await screen.findByRole('row', { name: 'hook web-audit' });
    expect(field('Name').value).toBe('');
  },

  'Abandon asks first, then terminates the launch': async (mock) => {
    const user = await renderConsole();
    const id = instances.webLaunching;
    await user.click(within(row(id)).getByRole('button', { name: 'Abandon' }));
    expect(mock.requests().filter((r) => r.operationId === 'callbackLifecycleHook')).toEqual([]);
    // The keyboard focus follows the buttons that replace each other.
    expect(document.activeElement).toBe(
      within(row(id)).getByRole('button', { name: 'Confirm abandon' }),
    );
    await user.click(within(row(id)).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(within(row(id)).getByRole('button', { name: 'Abandon' }));
    await user.click(within(row(id)).getByRole('button', { name: 'Abandon' }));
    await user.click(within(row(id)).getByRole('button', { name: 'Confirm abandon' }));
    await gone(id);
    expect(stateOf(mock, groups.web, id)).toBeUndefined();
    expect(mock.requests().filter((r) => r.operationId === 'callbackLifecycleHook')).toHaveLength(
      1,
    );
  },

  'a callback that gets no answer in time is shown, and the instance stays': async (mock) => {
    const timeoutMs = 1000;
    const user = await renderConsole({ ...testConfig, timeoutMs });
    const id = instances.webLaunching;
    mock.fail('callbackLifecycleHook', { delayMs: timeoutMs * 4 });
    await user.click(within(row(id)).getByRole('button', { name: 'Continue' }));
    expect(await alertText()).toMatch(
      new RegExp(`Continue ${id} failed\\. No answer in time: .*${timeoutMs} ms`),
    );
    expect(row(id)).toBeTruthy();
  },

  'two failures both stay until dismissed': async (mock) => {
    const user = await renderConsole();
    mock.fail('callbackLifecycleHook', { code: 'AS.7042', times: 2 });
    await user.click(
      within(row(instances.webLaunching)).getByRole('button', { name: 'Extend 1 h' }),
    );
    await user.click(
      within(row(instances.webLaunchingSoon)).getByRole('button', { name: 'Extend 1 h' }),
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [newest, oldest] = screen.getAllByRole('alert');
    expect(newest?.textContent).toContain(`Extend ${instances.webLaunchingSoon} failed.`);
    expect(oldest?.textContent).toContain(`Extend ${instances.webLaunching} failed.`);
    await user.click(within(newest as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([oldest?.textContent]);
  },

  'an unknown group shows the provider code; an id the API cannot address is refused': async () => {
    const user = await renderConsole();
    const picker = screen.getByLabelText('Scaling group');
    await user.clear(picker);
    await user.type(picker, 'no-such-group');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await alertText()).toMatch(
      /Load group no-such-group failed\. AS\.2007: .+ \(request id/,
    );
    // Both lists say they could not load, rather than "Loading…" forever.
    expect(screen.getAllByText('Could not load this group.')).toHaveLength(2);
    await user.clear(picker);
    await user.type(picker, '..');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(await alertText()).toMatch(/Show group failed\. "\.\." is not a scaling group id\./);
  },
};
