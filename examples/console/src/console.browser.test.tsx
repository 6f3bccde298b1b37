/**
 * The console in real Chromium (Debian's), with the mock behind MSW's `setupWorker` and
 * `mockServiceWorker.js`: the same key scenarios as in jsdom, and a screenshot of the console
 * holding instances, saved to examples/console/screenshots/console-hanging.png.
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { cleanup, screen } from '@testing-library/react';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { commands, page } from 'vitest/browser';
import { consoleScenario, instances } from '../test/console-scenario';
import { keyScenarios, renderConsole } from '../test/key-scenarios';

const mock = createLifecycleMock({ clock: 'virtual' });
const worker = setupWorker(...mock.handlers);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
beforeEach(() => {
  mock.reset();
  mock.seed(consoleScenario());
});
afterEach(() => cleanup());
afterAll(() => worker.stop());

describe('in real Chromium', () => {
  test('this is Chromium, with a service worker', () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(navigator.serviceWorker.controller).not.toBeNull();
  });
  for (const [name, scenario] of Object.entries(keyScenarios)) {
    test(name, () => scenario(mock));
  }
  test('a screenshot of the console holding instances', async () => {
    await renderConsole();
    await screen.findByRole('row', { name: `instance ${instances.webTerminating}` });
    await screen.findByRole('row', { name: 'hook web-drain' });
    const path = await page.screenshot({ path: '../screenshots/console-hanging.png' });
    expect(path).toMatch(/screenshots\/console-hanging\.png$/);
    // On disk, and a PNG of some substance (the page with its tables, not a blank one).
    const png = await commands.readFile(path, 'base64');
    expect(png.startsWith('iVBORw0KGgo')).toBe(true);
    expect(png.length).toBeGreaterThan(40_000);
  });
});
