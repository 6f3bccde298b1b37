/**
 * The console in jsdom, with the mock behind MSW's `setupServer`: the key scenarios, and what only
 * a unit sees (the config, the countdown's format).
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { consoleScenario, instances, testConfig } from '../test/console-scenario';
import { keyScenarios, renderConsole } from '../test/key-scenarios';
import { App } from './app';
import { resolveConfig } from './config';
import { formatLeft, parseLeft } from './countdown';

const mock = createLifecycleMock({ clock: 'virtual' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.reset();
  mock.seed(consoleScenario());
});
afterEach(() => cleanup());
afterAll(() => server.close());

describe('in jsdom', () => {
  test('this is jsdom', () => {
    expect(navigator.userAgent).toMatch(/jsdom/);
  });
  for (const [name, scenario] of Object.entries(keyScenarios)) {
    test(name, () => scenario(mock));
  }
});

test('the countdown reads h:mm:ss, and reads back', () => {
  expect(formatLeft(3599.9)).toBe('0:59:59');
  expect(formatLeft(7322)).toBe('2:02:02');
  expect(formatLeft(-5)).toBe('0:00:00');
  expect(parseLeft('26:00:01')).toBe(93601);
  expect(() => parseLeft('1:2:3')).toThrow(/h:mm:ss/);
});

test('the config: the file, then the query, over the defaults', () => {
  const origin = 'http://127.0.0.1:5173';
  expect(resolveConfig(origin, undefined, '')).toMatchObject({ endpoint: origin, groups: [] });
  const file = { projectId: 'p', groups: ['a', 7, 'b'], refreshMs: -1, endpoint: 'http://x' };
  expect(resolveConfig(origin, file, '?groups=c,,d&project=q')).toMatchObject({
    endpoint: 'http://x',
    projectId: 'q',
    groups: ['c', 'd'],
    refreshMs: 5000,
  });
  // The address may point the console at a path of its own origin, never at another host.
  expect(resolveConfig(origin, file, '?endpoint=/api').endpoint).toBe(`${origin}/api`);
  expect(resolveConfig(origin, file, '?endpoint=https://attacker.example').endpoint).toBe(
    'http://x',
  );
});

test('an unconfigured console says what to set instead of a blank page', () => {
  render(<App config={{ ...testConfig, projectId: '' }} />);
  expect(screen.getByRole('alert').textContent).toMatch(
    /The console is not configured\..*project.*console-config\.json/s,
  );
});

test('a list answer overtaken by a later load is dropped', async () => {
  const user = await renderConsole();
  const id = instances.webLaunching;
  // The next list of hanging instances waits until released: an old answer, about to arrive late.
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let lateAnswered = false;
  server.use(
    http.get(
      '*/scaling_instance_hook/:group/list',
      async ({ request }) => {
        // Answered now, with the instance still held; delivered only when released.
        const response = await mock.fetch(request);
        await gate;
        lateAnswered = true;
        return response;
      },
      { once: true },
    ),
  );
  await user.click(screen.getByRole('button', { name: 'Refresh' }));
  await user.click(
    within(screen.getByRole('row', { name: `instance ${id}` })).getByRole('button', {
      name: 'Continue',
    }),
  );
  await waitFor(() => expect(screen.queryByRole('row', { name: `instance ${id}` })).toBeNull());
  release();
  await waitFor(() => expect(lateAnswered).toBe(true));
  // Let the late answer reach the console: it must not bring the continued instance back.
  await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(screen.queryByRole('row', { name: `instance ${id}` })).toBeNull();
});
