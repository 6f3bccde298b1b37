import { expect, test } from 'vitest';
import { sameCode } from '../checks/expect';
import { checkResponse } from './check-response';

const headers = { 'Content-Type': 'application/json', 'X-Request-Id': '0'.repeat(32) };
const gateway = (code: string) =>
  JSON.stringify({
    error_code: code,
    error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
    request_id: 'a'.repeat(32),
  });

test.each(['APIG.0301', 'APIGW.0301'])(
  'a gateway 401 spelled %s conforms to every operation',
  (code) => {
    for (const operationId of [
      'listHookInstances',
      'createLifecycleHook',
      'callbackLifecycleHook',
    ]) {
      expect(checkResponse(operationId, { status: 401, headers, body: gateway(code) })).toEqual([]);
    }
  },
);

test('a gateway 429 APIG.0308 in the flat body conforms', () => {
  const body = JSON.stringify({
    error_code: 'APIG.0308',
    error_msg:
      'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second',
    request_id: 'b'.repeat(32),
  });
  expect(checkResponse('listLifecycleHooks', { status: 429, headers, body })).toEqual([]);
});

test('a gateway code spelled neither way is refused', () => {
  const problems = checkResponse('listHookInstances', {
    status: 401,
    headers,
    body: gateway('APIGX.0301'),
  });
  expect(problems).toHaveLength(1);
  expect(problems[0]?.check).toBe('response_schema_conformance');
  expect(problems[0]?.message).toContain('/error_code pattern');
  // The gateway's code pattern is the provider's rule, not a decision of ours.
  expect(problems[0]?.decision).toBeUndefined();
});

test('an expected gateway code matches either spelling, and nothing else', () => {
  expect(sameCode('APIG.0301', 'APIGW.0301')).toBe(true);
  expect(sameCode('APIGW.0301', 'APIG.0301')).toBe(true);
  expect(sameCode('APIG.0308', 'APIG.0308')).toBe(true);
  expect(sameCode('APIG.0302', 'APIGW.0301')).toBe(false);
  expect(sameCode('APIGX.0301', 'APIGW.0301')).toBe(false);
  expect(sameCode(undefined, 'APIGW.0301')).toBe(false);
  expect(sameCode('AS.0301', 'APIGW.0301')).toBe(false);
});

test('a response breaking only a rule of ours names the decision; one of the provider’s does not', () => {
  const hook = {
    lifecycle_hook_name: 'test-hook1',
    lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    default_result: 'ABANDON',
    default_timeout: 3600,
    notification_topic_urn: 'not a urn',
    notification_topic_name: 'gsh',
    notification_metadata: null,
    create_time: '2016-11-18T04:01:34Z',
  };
  const [pattern] = checkResponse('showLifecycleHook', {
    status: 200,
    headers,
    body: JSON.stringify(hook),
  });
  expect(pattern?.decision?.pointer).toBe('/components/schemas/NotificationTopicUrn');
  const { create_time: _, ...missing } = {
    ...hook,
    notification_topic_urn: 'urn:smn:regionId:b53e5554fad0494d96206fb84296510b:gsh',
  };
  const [absent] = checkResponse('showLifecycleHook', {
    status: 200,
    headers,
    body: JSON.stringify(missing),
  });
  expect(absent?.decision?.pointer).toBe('/components/schemas/LifecycleHook');
  const [wrongType] = checkResponse('showLifecycleHook', {
    status: 200,
    headers,
    body: JSON.stringify({ ...hook, default_timeout: 'soon' }),
  });
  expect(wrongType?.check).toBe('response_schema_conformance');
  expect(wrongType?.decision).toBeUndefined();
});
