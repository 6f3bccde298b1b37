/**
 * No cross-talk between tests: each launches instances of its own into its mock, and its page and
 * its mock's journal show those and the scenario's, never another test's (the tests of both
 * workers leave what they launched for each other to look for).
 */
import { groups, instances, projectId } from '../test/console-scenario';
import { callbackKeys, expect, listedIds, openConsole, row, test } from './fixtures';
import { leave, recordsOf } from './run-records';

const scenarioIds = [instances.webLaunching, instances.webLaunchingSoon, instances.webTerminating];

for (const n of [1, 2, 3, 4]) {
  test(`test ${n} sees only its own launches, on its page and in its mock's journal`, async ({
    page,
    lifecycleMock,
    lifecycleMockUrl,
  }, testInfo) => {
    const launched = lifecycleMock.scaleOut(groups.web, 2).instance_hanging_info;
    const own = launched.map((i) => i.instance_id);
    leave(`launched-${testInfo.testId}-${testInfo.repeatEachIndex}`, {
      title: testInfo.title,
      workerIndex: testInfo.workerIndex,
      parallelIndex: testInfo.parallelIndex,
      mockUrl: lifecycleMockUrl,
      launched: own,
    });

    await openConsole(page);
    for (const id of own) await expect(row(page, id)).toBeVisible();
    expect((await listedIds(page)).sort()).toEqual([...scenarioIds, ...own].sort());

    const [first] = launched;
    await row(page, first?.instance_id ?? '')
      .getByRole('button', { name: 'Continue' })
      .click();
    await expect(row(page, first?.instance_id ?? '')).toHaveCount(0);
    expect(callbackKeys(lifecycleMock)).toEqual([first?.lifecycle_action_key]);
    // Every request this mock answered came from this test's page, for this project.
    for (const request of lifecycleMock.requests()) {
      expect(request.path).toContain(`/autoscaling-api/v1/${projectId}/`);
    }

    // What the other tests launched (those done or running by now, in either worker) is nowhere here.
    const others = recordsOf('launched-')
      .filter((r) => r.launched.some((id) => !own.includes(id)))
      .flatMap((r) => r.launched);
    const journal = JSON.stringify(lifecycleMock.requests());
    const snapshot = JSON.stringify(lifecycleMock.snapshot());
    const listed = await listedIds(page);
    for (const id of others) {
      expect(journal).not.toContain(id);
      expect(snapshot).not.toContain(id);
      expect(listed).not.toContain(id);
    }
  });
}
