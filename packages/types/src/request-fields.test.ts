import { expect, test } from 'vitest';
import { apiOperations, lifecycleActionResultValues, requestFields } from './index';

test('every operation has its request fields, the project id first among its path parameters', () => {
  expect(Object.keys(requestFields).sort()).toEqual(Object.keys(apiOperations).sort());
  for (const { fields } of Object.values(requestFields)) {
    expect(Object.keys(fields)[0]).toBe('project_id');
    expect(fields.scaling_group_id).toMatchObject({ in: 'path', required: true });
  }
});

test("the callback's body: the result required with its enum, the target as anyOf groups", () => {
  const { fields, anyOf } = requestFields.callbackLifecycleHook;
  expect(fields.lifecycle_action_result).toMatchObject({
    in: 'body',
    type: 'string',
    required: true,
    enum: lifecycleActionResultValues,
  });
  expect(fields.lifecycle_action_key).toMatchObject({ in: 'body', required: false });
  expect(anyOf).toEqual([['lifecycle_action_key'], ['instance_id', 'lifecycle_hook_name']]);
});

test("a hook's fields: required on create only, the defaults and the integer timeout", () => {
  const create = requestFields.createLifecycleHook.fields;
  const update = requestFields.updateLifecycleHook.fields;
  const required = (fields: Record<string, { in: string; required: boolean }>) =>
    Object.entries(fields)
      .filter(([, field]) => field.in === 'body' && field.required)
      .map(([name]) => name);
  expect(required(create)).toEqual([
    'lifecycle_hook_name',
    'lifecycle_hook_type',
    'notification_topic_urn',
  ]);
  expect(required(update)).toEqual([]);
  expect(create.default_result).toMatchObject({
    enum: ['ABANDON', 'CONTINUE'],
    default: 'ABANDON',
  });
  expect(create.default_timeout).toMatchObject({ type: 'integer', default: 3600 });
  expect(update.lifecycle_hook_name).toMatchObject({ in: 'path', required: true });
  expect(requestFields.listHookInstances.fields.instance_id).toMatchObject({
    in: 'query',
    required: false,
  });
  for (const field of Object.values(create)) expect(field.description).not.toMatch(/\n|^$/);
});
