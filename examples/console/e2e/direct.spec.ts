/**
 * The console calling this worker's mock directly (its endpoint set to `lifecycleMockUrl`), not
 * its own origin: the server answers the page's origin because the file allows it with the worker
 * option `lifecycleServerOptions.corsOrigins`, and the fixture's routing leaves such calls alone.
 */
import { groups, instances } from '../test/console-scenario';
import { expect, openConsole, row, stateOf, test } from './fixtures';

test.use({
  lifecycleServerOptions: { corsOrigins: [`http://127.0.0.1:${process.env.CONSOLE_E2E_PORT}`] },
});

test('Continue, with the mock called across origins (CORS)', async ({
  page,
  lifecycleMock,
  lifecycleMockUrl,
}) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/autoscaling-api/')) origins.add(new URL(request.url()).origin);
  });
  await openConsole(page, { endpoint: lifecycleMockUrl });
  const id = instances.webLaunching;
  await row(page, id).getByRole('button', { name: 'Continue' }).click();
  await expect(row(page, id)).toHaveCount(0);
  expect(stateOf(lifecycleMock, groups.web, id)).toBe('INSERVICE');
  // Every API call went to the mock's own origin, not the page's.
  expect([...origins]).toEqual([lifecycleMockUrl]);
  // The request ids the mock sends are readable across origins (exposed), as the alert shows them.
  lifecycleMock.fail('callbackLifecycleHook', { code: 'AS.7042' });
  await row(page, instances.webTerminating).getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText(/AS\.7042: .+ \(request id [0-9a-f]{32}\)/);
});
