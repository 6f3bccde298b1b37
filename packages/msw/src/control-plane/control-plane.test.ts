import { expect, expectTypeOf, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import type { ScaleResult } from '../controller/lifecycle-controller';
import type { JournalEntry } from '../core/journal';
import type { MockSnapshot } from '../core/snapshot';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { control } from '../server/control';
import {
  type CheckedBody,
  type ControlAnswer,
  type ControlRequest,
  controlRoutes,
} from './control-plane';

const newMock = () => createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
const post = (mock: ReturnType<typeof newMock>, path: string, body: unknown) =>
  control(mock, 'POST', path, JSON.stringify(body), 'application/json');
const messageOf = (answer: { body: unknown }) =>
  (answer.body as { error: { message: string } }).error.message;

test.each([
  ['/__mock/scale', [], 'the scale request must be a JSON object'],
  ['/__mock/scale', { scale_out: 1 }, 'scaling_group_id is required'],
  ['/__mock/scale', { scaling_group_id: '', scale_out: 1 }, 'scaling_group_id is required'],
  ['/__mock/scale', { scaling_group_id: 7, scale_out: 1 }, 'scaling_group_id must be a string'],
  ['/__mock/scale', { scaling_group_id: 'g', project_id: 1 }, 'project_id must be a string'],
  [
    '/__mock/scale',
    { scaling_group_id: 'g', scale_out: 1, scale_in: [] },
    'give either scale_out (a count) or scale_in (a list of instance ids)',
  ],
  ['/__mock/scale', { scaling_group_id: 'g', scale_out: null }, 'scale_out must be a number'],
  ['/__mock/scale', { scaling_group_id: 'g', scale_in: ['a', 2] }, 'scale_in[1] must be a string'],
  ['/__mock/clock', 'now', 'the clock request must be a JSON object'],
  [
    '/__mock/clock',
    { advance_seconds: 1, now: '2026-01-02T00:00:00Z' },
    'give either advance_seconds (a number) or now (an ISO instant)',
  ],
  ['/__mock/clock', {}, 'give either advance_seconds (a number) or now (an ISO instant)'],
  ['/__mock/clock', { advance_seconds: '60' }, 'advance_seconds must be a number'],
  ['/__mock/fail', null, 'the fault must be a JSON object'],
  ['/__mock/fail', { operation_id: 3, code: 'AS.0001' }, 'operation_id must be a string'],
  ['/__mock/fail', { code: 'AS.0001', network: 'yes' }, 'network must be true or false'],
  ['/__mock/fail', { delay_ms: '5' }, 'delay_ms must be a number'],
  // Bounds are refused in the body's own words, not the controller's (delayMs, perSecond).
  ['/__mock/fail', { delay_ms: -1 }, 'delay_ms must be a whole number from 0 to 2147483647'],
  ['/__mock/fail', { delay_ms: 2 ** 31 }, 'delay_ms must be a whole number from 0 to 2147483647'],
  ['/__mock/throttle', { per_second: 1.5 }, 'per_second must be a whole number from 0 to 1000000'],
])('POST %s %j is refused: %s', (path, body, message) => {
  const mock = newMock();
  const before = JSON.stringify(mock.snapshot());
  const answer = post(mock, path, body);
  expect(answer.status).toBe(400);
  expect(messageOf(answer)).toBe(message);
  expect(JSON.stringify(mock.snapshot())).toBe(before);
});

test('a fault refused by its schema queues nothing', async () => {
  const mock = newMock();
  expect(post(mock, '/__mock/fail', { code: 'AS.0001', times: '2' }).status).toBe(400);
  const list = `https://as.example/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}/list`;
  expect((await mock.fetch(list)).status).toBe(200);
});

test('fields a body does not name are left out of what the controller gets', () => {
  const mock = newMock();
  const answer = post(mock, '/__mock/fail', {
    operation_id: 'listLifecycleHooks',
    delay_ms: 1,
    delayMs: 'ignored',
    times: 2,
    extra: { any: 'thing' },
  });
  expect(answer).toEqual({ status: 200, body: { queued: true } });
});

test('each route checks its body, then calls its controller method', () => {
  const mock = newMock();
  expect(post(mock, '/__mock/clock', { advance_seconds: 60 }).body).toEqual({
    now: '2026-01-01T00:01:00.000Z',
  });
  const scaled = post(mock, '/__mock/scale', { scaling_group_id: ids.group, scale_out: 2 });
  expect((scaled.body as ScaleResult).instance_hanging_info).toHaveLength(2);
  expect(mock.group(ids.group).instance_hanging_info).toHaveLength(3);
  expect(post(mock, '/__mock/scale', { scaling_group_id: ids.group, scale_in: [] }).body).toEqual({
    instances: [],
    instance_hanging_info: [],
  });
  expect(control(mock, 'GET', '/__mock/clock', 'ignored').body).toEqual({
    now: '2026-01-01T00:01:00.000Z',
  });
  expect(post(mock, '/__mock/reset', [1, 2]).body).toEqual({
    reset: true,
    now: '2026-01-01T00:00:00.000Z',
  });
});

test('every route has a summary, and every POST a body schema', () => {
  for (const [endpoint, route] of Object.entries(controlRoutes)) {
    expect(route.summary, endpoint).not.toBe('');
    expect(route.body === undefined, endpoint).toBe(endpoint.startsWith('GET '));
  }
});

test('the types are derived from the schemas: requests as written, answers as the controller gives them', () => {
  expectTypeOf<ControlAnswer<'GET /__mock/state'>>().toEqualTypeOf<MockSnapshot>();
  expectTypeOf<ControlAnswer<'POST /__mock/scale'>>().toEqualTypeOf<ScaleResult>();
  expectTypeOf<ControlAnswer<'GET /__mock/requests'>>().toEqualTypeOf<JournalEntry[]>();
  expectTypeOf<ControlAnswer<'POST /__mock/clock'>>().toEqualTypeOf<{ now: string }>();
  expectTypeOf<ControlRequest<'GET /__mock/state'>>().toEqualTypeOf<undefined>();
  expectTypeOf({ scaling_group_id: 'g', scale_out: 2 }).toExtend<
    ControlRequest<'POST /__mock/scale'>
  >();
  expectTypeOf({ scaling_group_id: 'g', scale_out: 2, scale_in: ['i'] }).not.toExtend<
    ControlRequest<'POST /__mock/scale'>
  >();
  expectTypeOf({ scaling_group_id: 'g' }).not.toExtend<ControlRequest<'POST /__mock/scale'>>();
  expectTypeOf<CheckedBody<'POST /__mock/fail'>>().toEqualTypeOf<{
    operationId?: string;
    times?: number;
    code?: string;
    status?: number;
    delayMs?: number;
    network?: boolean;
  }>();
  expectTypeOf<ControlRequest<'POST /__mock/fail'>>().toHaveProperty('delay_ms');
});
