import { expect, test } from 'vitest';
import { call, ids, scenario } from '../test/fixtures';
import { MockControlError } from './controller/lifecycle-controller';
import { createLifecycleMock } from './create-lifecycle-mock';

const list = `/scaling_lifecycle_hook/${ids.group}/list`;
const newMock = () => createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });

test("past the limit within one second of the mock clock, calls get the gateway's 429 APIG.0308", async () => {
  const mock = newMock();
  mock.throttle({ perSecond: 2 });
  const answers = [];
  for (let i = 0; i < 4; i += 1) answers.push(await call(mock.fetch, 'GET', list));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 429]);
  const refused = answers[2];
  expect(refused?.body).toEqual({
    error_code: 'APIG.0308',
    error_msg:
      'The throttling threshold has been reached: policy user over ratelimit,limit:2,time:1 second',
    request_id: refused?.headers.get('x-request-id'),
  });
  // The gateway documents no Retry-After.
  expect(refused?.headers.get('retry-after')).toBeNull();
  expect(mock.requests().map((r) => r.code)).toEqual([
    undefined,
    undefined,
    'APIG.0308',
    'APIG.0308',
  ]);
});

test('advancing the virtual clock into the next second lets calls through again', async () => {
  const mock = newMock();
  mock.throttle({ perSecond: 1 });
  expect((await call(mock.fetch, 'GET', list)).status).toBe(200);
  expect((await call(mock.fetch, 'GET', list)).status).toBe(429);
  mock.clock.advance(1);
  expect((await call(mock.fetch, 'GET', list)).status).toBe(200);
  expect((await call(mock.fetch, 'GET', list)).status).toBe(429);
});

test('throttle(null) and reset lift the limit; a limit given at creation comes back on reset', async () => {
  const mock = newMock();
  mock.throttle({ perSecond: 0 });
  expect((await call(mock.fetch, 'GET', list)).status).toBe(429);
  mock.throttle(null);
  expect((await call(mock.fetch, 'GET', list)).status).toBe(200);
  mock.throttle({ perSecond: 0 });
  mock.reset();
  expect((await call(mock.fetch, 'GET', list)).status).toBe(200);

  const throttled = createLifecycleMock({ scenario, clock: 'virtual', throttle: { perSecond: 0 } });
  throttled.throttle(null);
  throttled.reset();
  expect((await call(throttled.fetch, 'GET', list)).status).toBe(429);
});

test('a limit that is not a whole number from 0 to 1,000,000 throws, saying what to give', () => {
  const mock = newMock();
  for (const perSecond of [-1, 1.5, Number.NaN, 2_000_000]) {
    expect(() => mock.throttle({ perSecond })).toThrow(MockControlError);
  }
  expect(() => mock.throttle({ perSecond: 1.5 })).toThrow(/whole number from 0 to 1000000/);
  expect(() => createLifecycleMock({ throttle: { perSecond: -1 } })).toThrow(TypeError);
});
