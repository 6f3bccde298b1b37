import { expect, test } from 'vitest';
import { loadSpecDocument, loadSpecModel } from '../load';
import { codeOfRule } from './bodies';
import { ruleOfError } from './rules';
import { readSpecModel } from './spec-model';

const model = loadSpecModel();

test('the model holds the seven operations, with routes, success statuses and SDK names', () => {
  expect(model.operations.map((op) => op.operationId)).toHaveLength(7);
  const callback = model.operation('callbackLifecycleHook');
  expect(callback).toMatchObject({
    method: 'PUT',
    path: '/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback',
    successStatus: 204,
    sdkOperation: 'AttachCallbackInstanceLifeCycleHook',
  });
  expect(model.operation('listHookInstances').query).toEqual(['instance_id']);
  expect(() => model.operation('nope')).toThrow('Failed to find operation "nope" in the spec.');
});

test('state errors are found by their stable id, never by their prose', () => {
  expect(model.stateCode('createLifecycleHook', 'hook-limit')).toBe('AS.7038');
  expect(model.stateCode('callbackLifecycleHook', 'target-not-hanging')).toBe('AS.7042');
  expect(() => model.stateCode('createLifecycleHook', 'already has five hooks')).toThrow(
    'no x-as-errors entry with id "already has five hooks"',
  );
});

test('limits come from the schemas that state them', () => {
  expect(model.limits).toEqual({
    maxHooksPerGroup: 5,
    extendSeconds: 3600,
    timeoutSeconds: { minimum: 60, maximum: 86400, legacyMinimum: 300 },
  });
});

test("a property's codes are its own over those of the schema it refers to", () => {
  const body = model.body('createLifecycleHook');
  const name = body.properties.find((p) => p.name === 'lifecycle_hook_name');
  expect(name).toMatchObject({ required: true, keywords: { maxLength: 32, minLength: 1 } });
  expect(codeOfRule(body, { field: 'lifecycle_hook_name', rule: 'required' })).toBeDefined();
  expect(codeOfRule(body, { field: 'lifecycle_hook_name', rule: 'nope' })).toBeUndefined();
  expect(body.requestCodes).toEqual({ empty: 'AS.0002', syntax: 'AS.0022', mediaType: 'AS.0022' });
  expect(() => model.body('listLifecycleHooks')).toThrow(
    'Failed to find a request body for listLifecycleHooks',
  );
});

test('a validator error names the rule it breaks, its field unescaped', () => {
  const error = (keyword: string, instancePath: string, schemaPath = '#/x') => ({
    keyword,
    instancePath,
    schemaPath,
    params: { missingProperty: 'instance_id' },
  });
  expect(ruleOfError(error('pattern', '/a~1b'))).toEqual({ field: 'a/b', rule: 'pattern' });
  expect(ruleOfError(error('required', ''))).toEqual({ field: 'instance_id', rule: 'required' });
  expect(ruleOfError(error('type', ''))).toEqual({ rule: 'type' });
  expect(ruleOfError(error('required', '', '#/anyOf/0/required'))).toBeUndefined();
});

test('an incomplete document is refused with what to fix', () => {
  expect(() => readSpecModel('openapi: 3.1')).toThrow('give the parsed OpenAPI document');
  const document = loadSpecDocument();
  const components = document.components as Record<string, Record<string, Record<string, unknown>>>;
  const callback = components.requestBodies?.CallbackLifecycleHook ?? {};
  delete (callback['x-as-error-codes'] as Record<string, unknown>).syntax;
  expect(() => readSpecModel(document)).toThrow(
    "callbackLifecycleHook's request body has no code for syntax. Add them to its x-as-error-codes.",
  );
  const extra = loadSpecDocument();
  const extraBodies = (extra.components as Record<string, Record<string, Record<string, unknown>>>)
    .requestBodies;
  (extraBodies?.CreateLifecycleHook?.['x-as-error-codes'] as Record<string, string>).maxBytes =
    'AS.0022';
  expect(() => readSpecModel(extra)).toThrow(
    "createLifecycleHook's request body gives a code to maxBytes, which no package knows",
  );
  const other = loadSpecDocument();
  const operation = (other.paths as Record<string, Record<string, Record<string, unknown>>>)[
    '/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}'
  ]?.post;
  (operation?.['x-as-errors'] as { id?: string }[])[0] = { code: 'AS.7038' } as never;
  expect(() => readSpecModel(other)).toThrow(
    'an x-as-errors entry of createLifecycleHook has no id',
  );
});
