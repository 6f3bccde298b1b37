import { expect, test } from 'vitest';
import {
  apiOperations,
  asErrorCatalogue,
  lifecycleActionResultValues,
  lifecycleHookDefaultResultValues,
  regionEndpoints,
  regionValues,
} from './index';

test('lists every callback result and every default result', () => {
  expect(lifecycleActionResultValues).toEqual(['ABANDON', 'CONTINUE', 'EXTEND']);
  expect(lifecycleHookDefaultResultValues).toEqual(['ABANDON', 'CONTINUE']);
});

test('maps every region to its endpoint, with the ap-southeast-1 exception', () => {
  expect(regionValues).toHaveLength(33);
  expect(regionEndpoints['cn-north-4']).toBe('https://as.cn-north-4.myhuaweicloud.com');
  expect(regionEndpoints['ap-southeast-1']).toBe('https://as.ap-southeast-1.myhwclouds.com');
  expect(Object.keys(regionEndpoints).sort()).toEqual([...regionValues]);
});

test('knows each code with its status and body shape', () => {
  expect(asErrorCatalogue['AS.2007']).toMatchObject({ status: 400, shape: 'as' });
  expect(asErrorCatalogue['AS.0007']).toMatchObject({ status: 404, shape: 'as' });
  expect(asErrorCatalogue['APIGW.0301']).toMatchObject({ status: 401, shape: 'gateway' });
});

test('describes the seven operations with their success status and SDK name', () => {
  expect(Object.keys(apiOperations)).toHaveLength(7);
  expect(apiOperations.callbackLifecycleHook).toEqual({
    method: 'PUT',
    path: '/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/callback',
    successStatus: 204,
    sdkOperation: 'AttachCallbackInstanceLifeCycleHook',
  });
  expect(apiOperations.deleteLifecycleHook.successStatus).toBe(204);
  expect(apiOperations.createLifecycleHook.sdkOperation).toBe('CreateLifyCycleHook');
});

test('the entry exports every runtime list and limit the generator writes', async () => {
  const generated = await import('./generated/spec-data');
  const entry = await import('./index');
  expect(Object.keys(entry).sort()).toEqual(Object.keys(generated).sort());
});

test('the limits are the spec’s: five hooks per group, one hour per EXTEND', async () => {
  const { lifecycleLimits } = await import('./index');
  expect(lifecycleLimits).toEqual({ maxHooksPerGroup: 5, extendSeconds: 3600 });
});
