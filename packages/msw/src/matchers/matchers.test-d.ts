import { expect as jestExpect } from 'expect';
import { expect, expectTypeOf, test } from 'vitest';
import type { LifecycleMock } from '../create-lifecycle-mock';
import type { RemoteLifecycleController } from '../remote/connect-lifecycle-mock';
import '../vitest';
import '../jest';

declare const mock: LifecycleMock;
declare const remote: RemoteLifecycleController;

test('in vitest, the matchers are typed on expect(mock), a Promise on a remote controller', () => {
  expectTypeOf(
    expect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' }),
  ).toEqualTypeOf<void>();
  expectTypeOf(
    expect(mock).not.toHaveReceivedRequestTimes('listHookInstances', 2),
  ).toEqualTypeOf<void>();
  expectTypeOf(expect(remote).toHaveReceivedCallback()).toEqualTypeOf<Promise<void>>();
  expect(mock).toHaveReceivedCallback({ lifecycle_action_key: expect.stringMatching(/^6e/) });
  expect(mock).toHaveReceivedRequest('callbackLifecycleHook', {
    params: { scaling_group_id: 'g' },
    body: { instance_id: 'i', lifecycle_action_result: 'EXTEND' },
    code: 'AS.0001',
  });
});

test('a wrong operation id, body field or result does not compile', () => {
  // @ts-expect-error: not an operation id
  expect(mock).toHaveReceivedRequest('callback');
  // @ts-expect-error: not an operation id
  expect(mock).toHaveReceivedRequestTimes('listHooks', 1);
  // @ts-expect-error: not a result
  expect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINU' });
  // @ts-expect-error: not a field of the callback body
  expect(mock).toHaveReceivedCallback({ lifecycle_action: 'CONTINUE' });
  // @ts-expect-error: not a field of a journal entry
  expect(mock).toHaveReceivedRequest('listHookInstances', { query: {} });
});

test("in Jest, the matchers are typed on the expect package's expect(mock)", () => {
  expectTypeOf(
    jestExpect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' }),
  ).toEqualTypeOf<void>();
  expectTypeOf(jestExpect(remote).not.toHaveReceivedCallback()).toEqualTypeOf<Promise<void>>();
  jestExpect(mock).toHaveReceivedCallback({
    lifecycle_action_key: jestExpect.stringMatching(/^6e/),
  });
  // @ts-expect-error: not an operation id
  jestExpect(mock).toHaveReceivedRequest('callback');
});
