import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, test } from 'vitest';
import { spec, specText } from './spec-document';

test('validates as an OpenAPI 3.1 document', async () => {
  const validator = new Validator();
  const result = await validator.validate(specText);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
});

test('describes the seven lifecycle-hook operations with their SDK names', () => {
  const operations = Object.values(
    spec.paths as Record<
      string,
      Record<string, { operationId?: string; 'x-sdk-operation'?: string }>
    >,
  )
    .flatMap((item) => Object.values(item))
    .filter((op) => op.operationId);
  expect(operations.map((op) => [op.operationId, op['x-sdk-operation']]).sort()).toEqual([
    ['callbackLifecycleHook', 'AttachCallbackInstanceLifeCycleHook'],
    ['createLifecycleHook', 'CreateLifyCycleHook'],
    ['deleteLifecycleHook', 'DeleteLifecycleHook'],
    ['listHookInstances', 'ListHookInstances'],
    ['listLifecycleHooks', 'ListLifeCycleHooks'],
    ['showLifecycleHook', 'ShowLifeCycleHook'],
    ['updateLifecycleHook', 'UpdateLifeCycleHook'],
  ]);
});
