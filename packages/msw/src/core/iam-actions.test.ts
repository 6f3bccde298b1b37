import { apiOperations } from '@as-lifecycle/types';
import { expect, test } from 'vitest';
import { iamActions } from './iam-actions';

test("every operation of the spec has the provider's IAM action, and no two share one", () => {
  expect(Object.keys(iamActions).sort()).toEqual(Object.keys(apiOperations).sort());
  const actions = Object.values(iamActions);
  expect(new Set(actions).size).toBe(actions.length);
  for (const action of actions)
    expect(action).toMatch(/^as:(lifecycleHooks|instanceHooks):[a-z]+$/);
});
