import { expect, test } from 'vitest';
import { ids } from '../test/helpers';
import { bodyChecks } from './body-checks';
import { buildRequest } from './build-request';
import { ClientUsageError } from './usage-error';

const base = 'http://127.0.0.1:4010';

test('builds the method, the URL and the JSON body once per call', () => {
  const body = { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' };
  expect(
    buildRequest(base, ids.project, 'callbackLifecycleHook', { scaling_group_id: ids.group, body }),
  ).toEqual([
    'PUT',
    `${base}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/callback`,
    JSON.stringify(body),
  ]);
  expect(
    buildRequest(base, ids.project, 'listHookInstances', {
      scaling_group_id: ids.group,
      instance_id: ids.instance,
    }),
  ).toEqual([
    'GET',
    `${base}/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list?instance_id=${ids.instance}`,
    undefined,
  ]);
});

test("consults the operation's body check from the table, and only that operation's", () => {
  expect(Object.keys(bodyChecks)).toEqual(['callbackLifecycleHook']);
  const noTarget = { scaling_group_id: ids.group, body: { lifecycle_action_result: 'CONTINUE' } };
  expect(() => buildRequest(base, ids.project, 'callbackLifecycleHook', noTarget)).toThrow(
    'Failed to call back the lifecycle hook: the body names no target.',
  );
  // Another write with a body has no check here: the service judges it.
  expect(buildRequest(base, ids.project, 'createLifecycleHook', noTarget)[0]).toBe('POST');
});

test('refuses parameters that cannot make a request, before anything is sent', () => {
  const build = (params: unknown) =>
    buildRequest(base, ids.project, 'listLifecycleHooks', params as Record<string, unknown>);
  expect(() => build(undefined)).toThrow(ClientUsageError);
  expect(() => build({ scaling_group_id: '..' })).toThrow(
    'Failed to call listLifecycleHooks: scaling_group_id is missing, empty, "." or "..".',
  );
  expect(() =>
    buildRequest(base, ids.project, 'createLifecycleHook', {
      scaling_group_id: ids.group,
      body: undefined,
    }),
  ).toThrow('Failed to call createLifecycleHook: the body is undefined.');
});
