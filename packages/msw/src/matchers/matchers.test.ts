import { base, ids, readmeScenario } from '@as-lifecycle/test-kit';
import { beforeEach, describe, expect, test } from 'vitest';
import { createLifecycleMock, type LifecycleMock } from '../create-lifecycle-mock';
import '../vitest';

const callbackUrl = `${base}/scaling_instance_hook/${ids.group}/callback`;

let mock: LifecycleMock;
beforeEach(() => {
  mock = createLifecycleMock({ scenario: readmeScenario, clock: 'virtual' });
});

const callback = (body: Record<string, unknown>) =>
  mock.fetch(callbackUrl, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const list = () => mock.fetch(`${base}/scaling_instance_hook/${ids.group}/list`);

/** The message a failing assertion throws. */
function failure(assertion: () => unknown): string {
  try {
    assertion();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the assertion passed');
}

describe('toHaveReceivedCallback', () => {
  test('passes on a callback whose body has the fields, fails otherwise', async () => {
    await callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' });
    expect(mock).toHaveReceivedCallback();
    expect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'CONTINUE' });
    expect(mock).toHaveReceivedCallback({ lifecycle_action_key: ids.key });
    expect(mock).not.toHaveReceivedCallback({ lifecycle_action_result: 'ABANDON' });
    expect(() =>
      expect(mock).toHaveReceivedCallback({ lifecycle_action_result: 'ABANDON' }),
    ).toThrow(/expected the mock to have received a callback \(callbackLifecycleHook\) with body/);
  });

  test('fails on an empty journal, and .not passes', () => {
    expect(mock).not.toHaveReceivedCallback();
    expect(failure(() => expect(mock).toHaveReceivedCallback())).toBe(
      'expected the mock to have received a callback (callbackLifecycleHook)\nIt received 0 requests.\n  (the journal is empty)',
    );
  });

  test('takes asymmetric matchers anywhere in the body', async () => {
    await callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'EXTEND' });
    expect(mock).toHaveReceivedCallback({
      lifecycle_action_key: expect.stringMatching(/^6ebe/),
      lifecycle_action_result: expect.any(String),
    });
    expect(mock).not.toHaveReceivedCallback({ lifecycle_action_key: expect.stringMatching(/^0/) });
    expect(mock).toHaveReceivedCallback(
      expect.objectContaining({ lifecycle_action_result: 'EXTEND' }),
    );
  });
});

describe('toHaveReceivedRequest', () => {
  test('matches params, body, status and code partially', async () => {
    await list();
    await callback({ lifecycle_action_key: 'nope', lifecycle_action_result: 'CONTINUE' });
    expect(mock).toHaveReceivedRequest('listHookInstances');
    expect(mock).toHaveReceivedRequest('listHookInstances', {
      params: { scaling_group_id: ids.group },
      status: 200,
      code: undefined,
    });
    expect(mock).toHaveReceivedRequest('callbackLifecycleHook', {
      params: { project_id: ids.project },
      body: { lifecycle_action_result: 'CONTINUE' },
      status: expect.any(Number),
      code: expect.stringMatching(/^AS\./),
    });
    expect(mock).not.toHaveReceivedRequest('callbackLifecycleHook', { status: 204 });
    expect(mock).not.toHaveReceivedRequest('createLifecycleHook');
  });

  test('with .not, the message shows the entries that matched', async () => {
    await list();
    await list();
    const message = failure(() => expect(mock).not.toHaveReceivedRequest('listHookInstances'));
    const line = `  GET /autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list → 200`;
    expect(message).toBe(
      `expected the mock not to have received listHookInstances\nIt received 2 requests; 2 matched:\n${line}\n${line}`,
    );
  });

  test('the message lists the closest entries: same operation first, then most fields matched', async () => {
    await callback({ lifecycle_action_key: 'k1', lifecycle_action_result: 'ABANDON' });
    await list();
    await callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'ABANDON' });
    await callback({ lifecycle_action_key: 'k2', lifecycle_action_result: 'EXTEND' });
    for (let n = 0; n < 4; n++) await list();
    const message = failure(() =>
      expect(mock).toHaveReceivedCallback({
        lifecycle_action_key: ids.key,
        lifecycle_action_result: 'CONTINUE',
      }),
    );
    const path = `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}`;
    const [first, ...rest] = message.split('\n');
    expect(first).toBe(
      `expected the mock to have received a callback (callbackLifecycleHook) with body {"lifecycle_action_key":"${ids.key}","lifecycle_action_result":"CONTINUE"}`,
    );
    expect(rest[0]).toBe('It received 8 requests; the closest:');
    // The one with the right key first (204, since the held instance was abandoned), then the
    // other callbacks newest first, then the newest other requests; five at most.
    expect(rest.slice(1)).toEqual([
      `  PUT ${path}/callback → 204 {"lifecycle_action_key":"${ids.key}","lifecycle_action_result":"ABANDON"}`,
      expect.stringMatching(/^ {2}PUT .*\/callback → 400 AS\.\d+ \{"lifecycle_action_key":"k2"/),
      expect.stringMatching(/^ {2}PUT .*\/callback → 400 AS\.\d+ \{"lifecycle_action_key":"k1"/),
      `  GET ${path}/list → 200`,
      `  GET ${path}/list → 200`,
    ]);
  });

  test('refuses what is not a mock, and an unknown operation id', () => {
    expect(() => expect({}).toHaveReceivedCallback()).toThrow(/expect\(\) takes the mock/);
    expect(() =>
      // @ts-expect-error: not an operation id
      expect(mock).toHaveReceivedRequest('callback'),
    ).toThrow(/"callback" is not an operation id; one of callbackLifecycleHook, /);
  });
});

describe('toHaveReceivedRequestTimes', () => {
  test('counts the requests of an operation', async () => {
    expect(mock).toHaveReceivedRequestTimes('listHookInstances', 0);
    await list();
    await callback({ lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' });
    await list();
    expect(mock).toHaveReceivedRequestTimes('listHookInstances', 2);
    expect(mock).toHaveReceivedRequestTimes('callbackLifecycleHook', 1);
    expect(mock).not.toHaveReceivedRequestTimes('listHookInstances', 1);
    const path = `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}`;
    expect(failure(() => expect(mock).toHaveReceivedRequestTimes('listHookInstances', 3))).toBe(
      `expected the mock to have received listHookInstances 3 times\nIt received it 2 times (of 3 requests):\n  GET ${path}/list → 200\n  GET ${path}/list → 200`,
    );
    expect(
      failure(() => expect(mock).not.toHaveReceivedRequestTimes('createLifecycleHook', 0)),
    ).toBe(
      'expected the mock not to have received createLifecycleHook 0 times\nIt received it 0 times (of 3 requests):\n  (no createLifecycleHook request)',
    );
    expect(() => expect(mock).toHaveReceivedRequestTimes('listHookInstances', -1)).toThrow(
      /times must be a whole number >= 0, not -1/,
    );
  });
});
