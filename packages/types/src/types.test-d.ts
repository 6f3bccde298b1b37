import { describe, expectTypeOf, test } from 'vitest';
import type {
  AsErrorCode,
  CallbackLifecycleHookBody,
  CreateLifecycleHookBody,
  LifecycleActionResult,
  LifecycleHook,
  LifecycleHookDefaultResult,
  OperationId,
  Region,
  UpdateLifecycleHookBody,
} from './index';

describe('callback body', () => {
  test('needs lifecycle_action_result', () => {
    // @ts-expect-error lifecycle_action_result is required
    const body: CallbackLifecycleHookBody = { lifecycle_action_key: 'k' };
    expectTypeOf(body).toEqualTypeOf<CallbackLifecycleHookBody>();
  });

  test('needs a target: the key, or the instance id with the hook name', () => {
    // @ts-expect-error no target at all
    const none: CallbackLifecycleHookBody = { lifecycle_action_result: 'CONTINUE' };
    // @ts-expect-error an instance id without a hook name
    const half: CallbackLifecycleHookBody = { instance_id: 'i', lifecycle_action_result: 'EXTEND' };
    expectTypeOf(none).toEqualTypeOf(half);
    expectTypeOf({
      lifecycle_action_key: 'k',
      lifecycle_action_result: 'CONTINUE' as const,
    }).toExtend<CallbackLifecycleHookBody>();
    expectTypeOf({
      instance_id: 'i',
      lifecycle_hook_name: 'h',
      lifecycle_action_result: 'ABANDON' as const,
    }).toExtend<CallbackLifecycleHookBody>();
  });

  test('accepts exactly ABANDON, CONTINUE and EXTEND', () => {
    expectTypeOf<LifecycleActionResult>().toEqualTypeOf<'ABANDON' | 'CONTINUE' | 'EXTEND'>();
  });
});

describe('hooks', () => {
  test('EXTEND is not a valid default_result', () => {
    expectTypeOf<'EXTEND'>().not.toExtend<LifecycleHookDefaultResult>();
    expectTypeOf<CreateLifecycleHookBody['default_result']>().toEqualTypeOf<
      'ABANDON' | 'CONTINUE' | undefined
    >();
  });

  test('create needs a name, a type and a topic; the rest is optional', () => {
    expectTypeOf({
      lifecycle_hook_name: 'h',
      lifecycle_hook_type: 'INSTANCE_LAUNCHING' as const,
      notification_topic_urn: 'urn:smn:r:p:t',
    }).toExtend<CreateLifecycleHookBody>();
    // @ts-expect-error the topic is required
    const noTopic: CreateLifecycleHookBody = {
      lifecycle_hook_name: 'h',
      lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    };
    expectTypeOf(noTopic).toEqualTypeOf<CreateLifecycleHookBody>();
  });

  test('the update body cannot rename a hook', () => {
    expectTypeOf<UpdateLifecycleHookBody>().not.toHaveProperty('lifecycle_hook_name');
  });

  test('a hook answers null metadata when unset', () => {
    expectTypeOf<LifecycleHook['notification_metadata']>().toEqualTypeOf<string | null>();
  });
});

describe('spec data', () => {
  test('codes, regions and operations are literal unions', () => {
    expectTypeOf<'AS.7042'>().toExtend<AsErrorCode>();
    expectTypeOf<'AS.9999'>().not.toExtend<AsErrorCode>();
    expectTypeOf<'ap-southeast-1'>().toExtend<Region>();
    expectTypeOf<'callbackLifecycleHook'>().toExtend<OperationId>();
    expectTypeOf<'completeLifecycleAction'>().not.toExtend<OperationId>();
  });
});
