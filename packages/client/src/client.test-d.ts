import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { expectTypeOf, test } from 'vitest';
import type { ApiError } from './api-error';
import { type AutoScalingClient, createAutoScalingClient } from './create-client';
import {
  type AbortError,
  AutoScalingError,
  type InvalidResponseError,
  type NetworkError,
  type RedirectError,
  type ResponseTooLargeError,
  type TimeoutError,
} from './errors';

declare const client: AutoScalingClient;
declare const throwing: AutoScalingClient<true>;

test('has one method per operation id', () => {
  expectTypeOf<keyof AutoScalingClient>().toEqualTypeOf<
    | 'callbackLifecycleHook'
    | 'listHookInstances'
    | 'createLifecycleHook'
    | 'listLifecycleHooks'
    | 'showLifecycleHook'
    | 'updateLifecycleHook'
    | 'deleteLifecycleHook'
  >();
});

test('a callback body without a full target does not compile', () => {
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    body: { lifecycle_action_key: 'k', lifecycle_action_result: 'CONTINUE' },
  });
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    body: { instance_id: 'i', lifecycle_hook_name: 'h', lifecycle_action_result: 'EXTEND' },
  });
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    // @ts-expect-error no target
    body: { lifecycle_action_result: 'CONTINUE' },
  });
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    // @ts-expect-error an instance id without its hook name
    body: { instance_id: 'i', lifecycle_action_result: 'ABANDON' },
  });
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    // @ts-expect-error a hook name without its instance id
    body: { lifecycle_hook_name: 'h', lifecycle_action_result: 'CONTINUE' },
  });
  client.callbackLifecycleHook({
    scaling_group_id: 'g',
    // @ts-expect-error not a result
    body: { lifecycle_action_key: 'k', lifecycle_action_result: 'DONE' },
  });
  // @ts-expect-error the group is required
  client.callbackLifecycleHook({
    body: { lifecycle_action_key: 'k', lifecycle_action_result: 'CONTINUE' },
  });
});

test('data is typed from the spec; errors are values unless throwing', async () => {
  const shown = await client.showLifecycleHook({ scaling_group_id: 'g', lifecycle_hook_name: 'h' });
  expectTypeOf(shown.data).toEqualTypeOf<LifecycleHook | undefined>();
  expectTypeOf(shown.error).toEqualTypeOf<AutoScalingError | undefined>();
  if (!shown.error) expectTypeOf(shown.data).toEqualTypeOf<LifecycleHook>();
  const listed = await throwing.listHookInstances({ scaling_group_id: 'g', instance_id: 'i' });
  expectTypeOf(listed.data.instance_hanging_info).toEqualTypeOf<InstanceHangingInfo[]>();
  const deleted = await throwing.deleteLifecycleHook({
    scaling_group_id: 'g',
    lifecycle_hook_name: 'h',
  });
  expectTypeOf(deleted.data).toEqualTypeOf<undefined>();
});

test('the error a call returns narrows on kind to its class and fields', async () => {
  const { error } = await client.callbackLifecycleHook({
    scaling_group_id: 'g',
    body: { lifecycle_action_key: 'k', lifecycle_action_result: 'CONTINUE' },
  });
  // The README's line, as a user pastes it.
  if (error?.kind === 'api' && error.code === 'AS.7042') {
    expectTypeOf(error).toEqualTypeOf<ApiError>();
    expectTypeOf(error.providerMessage).toEqualTypeOf<string>();
    expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.status).toEqualTypeOf<number>();
  }
  if (error?.kind === 'network') expectTypeOf(error).toEqualTypeOf<NetworkError>();
  if (error?.kind === 'timeout') expectTypeOf(error.timeoutMs).toEqualTypeOf<number>();
  if (error?.kind === 'abort') expectTypeOf(error).toEqualTypeOf<AbortError>();
  if (error?.kind === 'invalid-response') expectTypeOf(error).toEqualTypeOf<InvalidResponseError>();
  if (error?.kind === 'redirect') expectTypeOf(error.location).toEqualTypeOf<string | undefined>();
  if (error?.kind === 'response-too-large') expectTypeOf(error.maxBytes).toEqualTypeOf<number>();
  expectTypeOf<AutoScalingError>().toEqualTypeOf<
    | ApiError
    | NetworkError
    | TimeoutError
    | AbortError
    | InvalidResponseError
    | RedirectError
    | ResponseTooLargeError
  >();
  // @ts-expect-error only an ApiError has a code
  if (error?.kind === 'network') void error.code;
});

test('instanceof AutoScalingError narrows a thrown unknown to the union', () => {
  const thrown: unknown = undefined;
  if (thrown instanceof AutoScalingError) {
    expectTypeOf(thrown).toEqualTypeOf<AutoScalingError>();
    if (thrown.kind === 'timeout') expectTypeOf(thrown).toEqualTypeOf<TimeoutError>();
  }
});

test('EXTEND is not a default result, and a hook cannot be renamed', () => {
  client.createLifecycleHook({
    scaling_group_id: 'g',
    body: {
      lifecycle_hook_name: 'h',
      lifecycle_hook_type: 'INSTANCE_LAUNCHING',
      notification_topic_urn: 'urn:smn:r:p:t',
      // @ts-expect-error EXTEND is not a default result
      default_result: 'EXTEND',
    },
  });
  client.updateLifecycleHook({
    scaling_group_id: 'g',
    lifecycle_hook_name: 'h',
    // @ts-expect-error the name is not in the update body
    body: { lifecycle_hook_name: 'renamed' },
  });
});

test('throwOnError selects the throwing client type', () => {
  const made = createAutoScalingClient({
    endpoint: 'http://x',
    projectId: 'p',
    credentials: { token: 't' },
    throwOnError: true,
  });
  expectTypeOf(made).toEqualTypeOf<AutoScalingClient<true>>();
});
