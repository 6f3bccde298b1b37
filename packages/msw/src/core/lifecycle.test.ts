import { expect, test } from 'vitest';
import { scenario } from '../../test/fixtures';
import { createClock } from './clock';
import { applyDueTimeouts, applyResult, findTarget, scaleOut } from './lifecycle';
import { createModelState, findGroup } from './model';
import { seedScenario } from './seed';

/** A model seeded with the scenario on a virtual clock, and its group. */
function seeded() {
  const state = createModelState(createClock({ virtual: true, start: '2026-01-01T00:00:00Z' }));
  seedScenario(state, scenario);
  const group = findGroup(
    state,
    scenario.project_id,
    scenario.scaling_groups[0]?.scaling_group_id ?? '',
  );
  if (!group) throw new Error('the scenario has no group');
  return { state, group };
}

test('a record keeps one queued timeout however often it is extended', () => {
  const { state, group } = seeded();
  const record = findTarget(group, {
    lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
  });
  if (!record) throw new Error('the scenario has no hanging record');
  for (let i = 0; i < 1000; i++) applyResult(group, record, 'EXTEND', { by: 'callback', at: 0 });
  expect(state.timeouts.size).toBe(1);
  state.clock.advance(3600);
  expect(applyDueTimeouts(state)).toBe(0);
  expect(state.timeouts.size).toBe(1);
  expect(record.lifecycle_hook_status).toBe('HANGING');
});

test('records answered before their timeout do not pile up in the queue on a clock nobody moves', () => {
  const { state, group } = seeded();
  for (let i = 0; i < 20_000; i++) {
    const [instance] = scaleOut(state, group, 1);
    const record = group.hanging.get(instance?.keys[0] ?? '');
    if (!record) throw new Error('the launch was not held');
    applyResult(group, record, 'ABANDON', { by: 'callback', at: 0 });
  }
  // One live entry (the seeded record) and at most one sweep's worth of stale ones.
  expect(state.timeouts.size).toBeLessThanOrEqual(1024);
  expect(group.instances.size).toBe(1);
});

test('a reseed drops the replaced groups from the timeout queue', () => {
  const state = createModelState(createClock({ virtual: true, start: '2026-01-01T00:00:00Z' }));
  for (let i = 0; i < 50; i++) seedScenario(state, scenario);
  expect(state.timeouts.size).toBe(1);
});
