/**
 * The console's key flows in Chromium against this worker's mock: the list, Continue, Abandon,
 * Extend (each asserted on the mock's state), a refused callback and a failed list shown to the
 * user, and the hooks' default results once the mock's virtual clock passes their timeouts.
 */
import { groups, instances, projectId } from '../test/console-scenario';
import { callbackKeys, expect, openConsole, row, stateOf, test } from './fixtures';

test('lists the instances held in the group, with their hooks', async ({ page }) => {
  await openConsole(page);
  for (const id of [instances.webLaunching, instances.webLaunchingSoon, instances.webTerminating]) {
    await expect(row(page, id)).toBeVisible();
  }
  await expect(row(page, instances.webLaunching)).toContainText('web-bootstrap');
  await expect(row(page, instances.webTerminating)).toContainText('web-drain');
  await expect(page.getByRole('row', { name: 'hook web-drain' })).toBeVisible();
});

test('Continue: the row goes, the instance enters service in the mock', async ({
  page,
  lifecycleMock,
}) => {
  await openConsole(page);
  const id = instances.webLaunching;
  const [held] = lifecycleMock
    .group(groups.web)
    .instance_hanging_info.filter((i) => i.instance_id === id);
  await row(page, id).getByRole('button', { name: 'Continue' }).click();
  await expect(row(page, id)).toHaveCount(0);
  expect(stateOf(lifecycleMock, groups.web, id)).toBe('INSERVICE');
  expect(callbackKeys(lifecycleMock)).toEqual([held?.lifecycle_action_key]);
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText(
    `Continued ${id} (web-bootstrap)`,
  );
});

test('Abandon, confirmed: the launching instance leaves the group', async ({
  page,
  lifecycleMock,
}) => {
  await openConsole(page);
  const id = instances.webLaunchingSoon;
  await row(page, id).getByRole('button', { name: 'Abandon' }).click();
  await row(page, id).getByRole('button', { name: 'Confirm abandon' }).click();
  await expect(row(page, id)).toHaveCount(0);
  expect(stateOf(lifecycleMock, groups.web, id)).toBeUndefined();
  expect(lifecycleMock.group(groups.web).resolved_hanging_info).toContainEqual(
    expect.objectContaining({
      instance_id: id,
      lifecycle_hook_status: 'ABANDON',
      resolved_by: 'callback',
    }),
  );
});

test('Extend: the mock holds the instance one hour longer', async ({ page, lifecycleMock }) => {
  await openConsole(page);
  const id = instances.webLaunching;
  const timeout = () =>
    lifecycleMock.group(groups.web).instance_hanging_info.find((i) => i.instance_id === id)
      ?.timeout;
  const before = Date.parse(timeout() ?? '');
  await row(page, id).getByRole('button', { name: 'Extend 1 h' }).click();
  await expect(page.getByRole('region', { name: 'Activity' })).toContainText(
    `Extended by one hour ${id}`,
  );
  expect(Date.parse(timeout() ?? '')).toBe(before + 3_600_000);
  await expect(row(page, id).getByRole('timer')).toHaveAttribute('datetime', timeout() ?? '');
  expect(stateOf(lifecycleMock, groups.web, id)).toBe('PENDING_WAIT');
});

test('a refused callback is shown with its code and request id; nothing changes', async ({
  page,
  lifecycleMock,
}) => {
  await openConsole(page);
  const id = instances.webLaunching;
  lifecycleMock.fail('callbackLifecycleHook', { code: 'AS.7042' });
  await row(page, id).getByRole('button', { name: 'Continue' }).click();
  const alert = page.getByRole('alert').filter({ hasText: `Continue ${id} failed.` });
  await expect(alert).toContainText(/AS\.7042: .+ \(request id [0-9a-f]{32}\)/);
  expect(stateOf(lifecycleMock, groups.web, id)).toBe('PENDING_WAIT');
  await expect(row(page, id)).toBeVisible();
});

test('a list that fails at the network level is shown, and a refresh recovers', async ({
  page,
  lifecycleMock,
}) => {
  // The client tries a read three times: all three get no answer.
  lifecycleMock.fail('listHookInstances', { network: true, times: 3 });
  await openConsole(page);
  await expect(page.getByRole('alert')).toContainText('Network error');
  const lists = () =>
    lifecycleMock
      .requests()
      .filter((r) => r.operationId === 'listHookInstances')
      .map((r) => r.status);
  expect(lists()).toEqual([0, 0, 0]);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(row(page, instances.webLaunching)).toBeVisible();
  expect(lists()).toEqual([0, 0, 0, 200]);
});

test("the hooks' default results apply once the mock's clock passes their timeouts", async ({
  page,
  lifecycleMock,
}) => {
  await openConsole(page);
  await expect(row(page, instances.webTerminating)).toBeVisible();
  // 2 min left (terminating, default CONTINUE) and 10 min left (launching, default ABANDON).
  lifecycleMock.clock.advance(11 * 60);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(row(page, instances.webTerminating)).toHaveCount(0);
  await expect(row(page, instances.webLaunchingSoon)).toHaveCount(0);
  await expect(row(page, instances.webLaunching)).toBeVisible();
  const web = lifecycleMock.group(groups.web, projectId);
  expect(web.resolved_hanging_info.map((r) => [r.instance_id, r.resolved_by])).toEqual(
    expect.arrayContaining([
      [instances.webTerminating, 'timeout'],
      [instances.webLaunchingSoon, 'timeout'],
    ]),
  );
  expect(stateOf(lifecycleMock, groups.web, instances.webLaunching)).toBe('PENDING_WAIT');
});
