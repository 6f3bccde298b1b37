/**
 * Two workers at once: one test changes its mock (a Continue through the page, a scale-out, an
 * hour on the clock) while a test in the other worker, started at the same time, finds its own
 * mock untouched. They wait for each other, so the pair passes only when two workers really run
 * in parallel; each checks that the other ran in another worker, on another mock URL.
 */
import { groups, instances } from '../test/console-scenario';
import { callbackKeys, expect, listedIds, openConsole, row, stateOf, test } from './fixtures';
import { leave, meet, type RunRecord } from './run-records';

/** Long enough for the other worker to finish the test it is in, on a loaded machine. */
const MEET_MS = 100_000;
const scenarioIds = [instances.webLaunching, instances.webLaunchingSoon, instances.webTerminating];

const recordOf = (
  info: { title: string; workerIndex: number; parallelIndex: number },
  mockUrl: string,
  launched: string[] = [],
): RunRecord => ({
  title: info.title,
  workerIndex: info.workerIndex,
  parallelIndex: info.parallelIndex,
  mockUrl,
  launched,
});

test.describe('two workers at once', () => {
  test.describe.configure({ timeout: MEET_MS + 30_000 });

  test('one worker changes its mock', async ({ page, lifecycleMock, lifecycleMockUrl }, info) => {
    await openConsole(page);
    await row(page, instances.webLaunching).getByRole('button', { name: 'Continue' }).click();
    await expect(row(page, instances.webLaunching)).toHaveCount(0);
    const launched = lifecycleMock.scaleOut(groups.web, 3).instances.map((i) => i.instance_id);
    lifecycleMock.clock.advance(3600);
    expect(stateOf(lifecycleMock, groups.web, instances.webLaunching)).toBe('INSERVICE');
    leave(`changed-${info.repeatEachIndex}`, recordOf(info, lifecycleMockUrl, launched));

    const observer = await meet(`observed-${info.repeatEachIndex}`, MEET_MS);
    expect(observer.parallelIndex).not.toBe(info.parallelIndex);
    expect(observer.workerIndex).not.toBe(info.workerIndex);
    expect(observer.mockUrl).not.toBe(lifecycleMockUrl);
  });

  test('the other worker finds its mock untouched', async ({
    page,
    lifecycleMock,
    lifecycleMockUrl,
  }, info) => {
    await openConsole(page);
    await expect(row(page, instances.webLaunching)).toBeVisible();
    const changer = await meet(`changed-${info.repeatEachIndex}`, MEET_MS);
    expect(changer.parallelIndex).not.toBe(info.parallelIndex);
    expect(changer.mockUrl).not.toBe(lifecycleMockUrl);

    // The other mock has continued, launched and moved its clock an hour: not this one.
    expect(stateOf(lifecycleMock, groups.web, instances.webLaunching)).toBe('PENDING_WAIT');
    expect(callbackKeys(lifecycleMock)).toEqual([]);
    expect(Math.abs(lifecycleMock.clock.now().getTime() - Date.now())).toBeLessThan(30 * 60_000);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(row(page, instances.webLaunching)).toBeVisible();
    expect((await listedIds(page)).sort()).toEqual([...scenarioIds].sort());
    for (const id of changer.launched)
      expect(JSON.stringify(lifecycleMock.snapshot())).not.toContain(id);
    leave(`observed-${info.repeatEachIndex}`, recordOf(info, lifecycleMockUrl));
  });
});
