import { expect, test } from 'vitest';
import { ApiError } from './api-error';
import { parseApiError } from './parse-api-error';

const op = 'listHookInstances' as const;
const flat = (status: number, code: string, message: string, headers: HeadersInit = {}) => {
  const body = JSON.stringify({ error_code: code, error_msg: message, request_id: 'gw-7' });
  return { response: new Response(body, { status, headers }), body };
};

test.each([
  ['APIG.0301', 'Incorrect IAM authentication information: x-auth-token not found'],
  ['APIGW.0301', 'Incorrect IAM authentication information: verify aksk signature fail'],
])('a gateway 401 spelled %s is an ApiError of the gateway shape', (code, message) => {
  const { response, body } = flat(401, code, message);
  const error = parseApiError(op, response, JSON.parse(body));
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    kind: 'api',
    status: 401,
    code,
    providerMessage: message,
    requestId: 'gw-7',
    shape: 'gateway',
  });
  expect(error.message).toBe(`${op} failed: ${code}: ${message} (request id gw-7)`);
});

test("the gateway's throttle, 429 APIG.0308, is an ApiError of the gateway shape", () => {
  const { response, body } = flat(
    429,
    'APIG.0308',
    'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second',
    {
      'X-Request-Id': 'req-429',
    },
  );
  const error = parseApiError(op, response, JSON.parse(body));
  expect(error).toMatchObject({
    status: 429,
    code: 'APIG.0308',
    shape: 'gateway',
    requestId: 'req-429',
  });
});

test('an AS body is the service shape, whatever gateway field is also present', () => {
  const body = JSON.stringify({
    error: { code: 'AS.0005', message: 'No token in the request.' },
    error_code: 'APIG.0301',
  });
  const error = parseApiError(op, new Response(body, { status: 401 }), JSON.parse(body));
  expect(error).toMatchObject({ code: 'AS.0005', shape: 'as' });
});
