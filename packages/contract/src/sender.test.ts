import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { verify } from '@as-lifecycle/signer';
import { describe, expect, test } from 'vitest';
import { ContractUsageError, ContractViolation } from './contract-errors';
import type { RequestSpec } from './exchange';
import { createSender } from './sender';
import type { ContractTarget, TargetFetch } from './target';

const baseUrl = 'http://127.0.0.1:4010';
const projectId = '0605767a3300d5762fb7c0186d9e1779';
const list: RequestSpec = {
  operationId: 'listLifecycleHooks',
  method: 'GET',
  path: '/scaling_lifecycle_hook/g/list',
};
const callback = (body: string, more: Partial<RequestSpec> = {}): RequestSpec => ({
  operationId: 'callbackLifecycleHook',
  method: 'PUT',
  path: '/scaling_instance_hook/g/callback',
  body,
  ...more,
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-1', ...headers },
  });

/** A fetch that answers every request with `answer()` and keeps what it was sent. */
function fakeFetch(
  answer: () => Response | undefined | Promise<Response | undefined> = () =>
    json(200, { lifecycle_hooks: [] }),
) {
  const requests: { request: Request; body: string }[] = [];
  const fetch: TargetFetch = async (request) => {
    requests.push({ request, body: await request.clone().text() });
    return answer();
  };
  return { fetch, requests };
}

const sender = (fetch: TargetFetch, more: Partial<ContractTarget> = {}) =>
  createSender({ baseUrl, projectId, fetch, ...more });

/** The violation a send ends with; fails the test when it ends otherwise. */
async function violationOf(promise: Promise<unknown>): Promise<ContractViolation> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContractViolation);
  return error as ContractViolation;
}

describe('a conformant answer', () => {
  test('is read once: status, headers, text, parsed body; the request went to the project path', async () => {
    const { fetch, requests } = fakeFetch();
    const s = sender(fetch);
    expect(s.count).toBe(0);
    const exchange = await s.send(list);
    expect(exchange.operationId).toBe('listLifecycleHooks');
    expect(exchange.response).toMatchObject({
      status: 200,
      text: '{"lifecycle_hooks":[]}',
      body: { lifecycle_hooks: [] },
      code: undefined,
    });
    expect(exchange.response.headers.get('x-request-id')).toBe('req-1');
    const expected = `${baseUrl}/autoscaling-api/v1/${projectId}/scaling_lifecycle_hook/g/list`;
    expect(exchange.request).toEqual({ method: 'GET', url: expected, headers: {} });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.request.method).toBe('GET');
    expect(requests[0]?.request.url).toBe(expected);
    expect(requests[0]?.body).toBe('');
    expect(s.count).toBe(1);
    await s.send(list);
    expect(s.count).toBe(2);
  });

  test("an error body's code is read from either shape the spec documents", async () => {
    const as = await sender(
      fakeFetch(() =>
        json(400, { error: { code: 'AS.2007', message: 'The AS group does not exist.' } }),
      ).fetch,
    ).send(list);
    expect(as.response).toMatchObject({ status: 400, code: 'AS.2007' });
    const gateway = await sender(
      fakeFetch(() =>
        json(401, { error_code: 'APIGW.0301', error_msg: 'verify aksk signature fail' }),
      ).fetch,
    ).send(list);
    expect(gateway.response).toMatchObject({ status: 401, code: 'APIGW.0301' });
  });

  test('a base URL with a path prefix and a trailing slash keeps the prefix; the project id is encoded', async () => {
    const { fetch, requests } = fakeFetch();
    await createSender({ baseUrl: 'https://proxy.example.com/as/', projectId: 'p:1', fetch }).send(
      list,
    );
    expect(requests[0]?.request.url).toBe(
      'https://proxy.example.com/as/autoscaling-api/v1/p%3A1/scaling_lifecycle_hook/g/list',
    );
  });
});

describe('no answer', () => {
  test('a fetch that answers undefined: not_a_server_error, no handler answered', async () => {
    const s = sender(fakeFetch(() => undefined).fetch);
    const error = await violationOf(s.send(list));
    expect(error.check).toBe('not_a_server_error');
    expect(error.message).toContain('no handler answered');
    expect(error.message).toContain(
      `GET ${baseUrl}/autoscaling-api/v1/${projectId}/scaling_lifecycle_hook/g/list`,
    );
    expect(error.message).toContain("curl -sS -i -X GET 'http://127.0.0.1:4010/");
    expect(error.exchange?.response.status).toBe(0);
    expect(s.count).toBe(1);
  });

  test('a fetch that rejects: a violation saying the request failed at the network level, with the cause', async () => {
    const s = sender(async () => {
      throw new TypeError('connect ECONNREFUSED 127.0.0.1:4010');
    });
    const error = await violationOf(s.send(list));
    expect(error.check).toBe('not_a_server_error');
    expect(error.message).toMatch(/network level \(connect ECONNREFUSED 127\.0\.0\.1:4010\)/);
  });

  test('a fetch that never answers: a violation naming the timeout, and the request is aborted', async () => {
    let sent: Request | undefined;
    const s = sender(
      (request) => {
        sent = request;
        return new Promise<never>(() => {});
      },
      { timeoutMs: 50 },
    );
    const started = performance.now();
    const error = await violationOf(s.send(list));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error.check).toBe('not_a_server_error');
    expect(error.message).toContain('no response within 50 ms');
    expect(sent?.signal.aborted).toBe(true);
  });
});

describe('an answer that breaks the spec', () => {
  test('a server error: not_a_server_error, with the answer shown', async () => {
    const error = await violationOf(
      sender(
        fakeFetch(() => json(500, { error: { code: 'AS.0001', message: 'boom' } })).fetch,
      ).send(list),
    );
    expect(error.check).toBe('not_a_server_error');
    expect(error.message).toContain('answered 500 {"error":{"code":"AS.0001","message":"boom"}}');
    expect(error.exchange?.response).toMatchObject({ status: 500, code: 'AS.0001' });
  });

  test('a status the operation does not document: status_code_conformance', async () => {
    const fetch = fakeFetch(
      () => new Response(null, { status: 204, headers: { 'X-Request-Id': 'req-1' } }),
    ).fetch;
    const error = await violationOf(sender(fetch).send(list));
    expect(error.check).toBe('status_code_conformance');
    expect(error.message).toContain('listLifecycleHooks does not document status 204');
    expect(error.message).toContain("request: curl -sS -i -X GET 'http://127.0.0.1:4010/");
    expect(error.message).toContain('answered 204');
    expect(error.exchange?.response.status).toBe(204);
  });

  test('no X-Request-Id: response_headers_conformance', async () => {
    const fetch = fakeFetch(
      () =>
        new Response('{"lifecycle_hooks":[]}', {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    ).fetch;
    const error = await violationOf(sender(fetch).send(list));
    expect(error.check).toBe('response_headers_conformance');
    expect(error.message).toContain('no X-Request-Id header');
  });

  test('a body that breaks the schema: response_schema_conformance', async () => {
    const error = await violationOf(
      sender(fakeFetch(() => json(200, { hooks: [] })).fetch).send(list),
    );
    expect(error.check).toBe('response_schema_conformance');
  });
});

describe('a wrong target throws ContractUsageError before anything is sent', () => {
  const cases: [string, Partial<ContractTarget>, RegExp][] = [
    [
      'a base URL that is no URL',
      { baseUrl: 'nope' },
      /baseUrl "nope" is not an absolute http\(s\) URL/,
    ],
    ['a relative base URL', { baseUrl: '/api' }, /baseUrl "\/api"/],
    [
      'a base URL that is not http(s)',
      { baseUrl: 'file:///tmp/x' },
      /not an absolute http\(s\) URL/,
    ],
    ['an empty project id', { projectId: '' }, /projectId is empty/],
    ['a project id with a slash', { projectId: 'a/b' }, /projectId/],
    ['a project id with a space', { projectId: 'a b' }, /projectId/],
    [
      'timeoutMs 0',
      { timeoutMs: 0 },
      /timeoutMs must be a whole number of milliseconds from 1 to 600000/,
    ],
    ['timeoutMs 1.5', { timeoutMs: 1.5 }, /timeoutMs/],
    ['timeoutMs above 600000', { timeoutMs: 600_001 }, /timeoutMs/],
  ];
  test.each(cases)('%s', (_name, change, message) => {
    const { fetch, requests } = fakeFetch();
    expect(() => createSender({ baseUrl, projectId, fetch, ...change })).toThrow(
      ContractUsageError,
    );
    expect(() => createSender({ baseUrl, projectId, fetch, ...change })).toThrow(message);
    expect(requests).toHaveLength(0);
  });

  test('no target at all', () => {
    expect(() => createSender(undefined as unknown as ContractTarget)).toThrow(ContractUsageError);
  });
});

describe('credentials', () => {
  const keys = { accessKey: 'AK', secretKey: 'SECRET-XYZ' };
  const secretKeyFor = (accessKey: string) => (accessKey === 'AK' ? 'SECRET-XYZ' : undefined);
  const verifyRequest = async ({ request, body }: { request: Request; body: string }) =>
    verify(
      {
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body,
      },
      { secretKeyFor },
    );

  test('AK/SK: Authorization and X-Sdk-Date sign the request, the signature verifies, the secret is in no message or exchange', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { lifecycle_hooks: [] }));
    const s = sender(fetch, { credentials: keys });
    expect(s.authenticated).toBe(true);
    const exchange = await s.send(list);
    const headers = requests[0]?.request.headers;
    expect(headers?.get('authorization')).toMatch(
      /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=.+, Signature=[0-9a-f]{64}$/,
    );
    expect(headers?.get('x-sdk-date')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(headers?.get('x-project-id')).toBe(projectId);
    expect(await verifyRequest(requests[0] as { request: Request; body: string })).toMatchObject({
      valid: true,
      accessKey: 'AK',
    });
    expect(JSON.stringify(exchange)).not.toContain('SECRET-XYZ');

    // A failing answer: the violation shows the request, the signature redacted.
    const failing = sender(
      fakeFetch(() => json(500, { error: { code: 'AS.0001', message: 'boom' } })).fetch,
      {
        credentials: keys,
      },
    );
    const error = await violationOf(failing.send(list));
    expect(error.message).toContain("-H 'Authorization: <authorization redacted>'");
    expect(error.message).not.toContain('SECRET-XYZ');
    expect(error.message).not.toContain('Signature=');
    expect(error.stack ?? '').not.toContain('SECRET-XYZ');
    expect(JSON.stringify(error.exchange)).not.toContain('SECRET-XYZ');
    // And when nothing answers at all.
    const silent = await violationOf(
      sender(fakeFetch(() => undefined).fetch, { credentials: keys }).send(list),
    );
    expect(silent.message).not.toContain('SECRET-XYZ');
    expect(JSON.stringify(silent.exchange)).not.toContain('SECRET-XYZ');
  });

  test("AK/SK: a body request's signature covers the body", async () => {
    const { fetch, requests } = fakeFetch(() =>
      json(400, { error: { code: 'AS.2007', message: 'no group' } }),
    );
    const body = '{"lifecycle_action_key":"k","lifecycle_action_result":"CONTINUE"}';
    await sender(fetch, { credentials: keys }).send(callback(body));
    const sent = requests[0] as { request: Request; body: string };
    expect(sent.body).toBe(body);
    expect(await verifyRequest(sent)).toMatchObject({ valid: true });
    expect(await verifyRequest({ ...sent, body: `${body} ` })).toMatchObject({ valid: false });
  });

  test("auth 'none' sends no credentials at all; auth 'wrong' sends a signature the secret does not verify", async () => {
    const { fetch, requests } = fakeFetch(() =>
      json(401, { error_code: 'APIGW.0301', error_msg: 'no' }),
    );
    const s = sender(fetch, { credentials: keys });
    await s.send({ ...list, auth: 'none' });
    const none = requests[0]?.request.headers;
    expect(none?.has('authorization')).toBe(false);
    expect(none?.has('x-sdk-date')).toBe(false);
    expect(none?.has('x-auth-token')).toBe(false);

    await s.send({ ...list, auth: 'wrong' });
    const wrong = requests[1] as { request: Request; body: string };
    expect(wrong.request.headers.get('authorization')).toMatch(/^SDK-HMAC-SHA256 Access=AK, /);
    expect(await verifyRequest(wrong)).toMatchObject({
      valid: false,
      reason: 'signature-mismatch',
    });
  });

  test('without credentials: unauthenticated, and no credential header is sent', async () => {
    const { fetch, requests } = fakeFetch();
    const s = sender(fetch);
    expect(s.authenticated).toBe(false);
    await s.send(list);
    expect([...(requests[0]?.request.headers.keys() ?? [])]).toEqual([]);
  });

  test('an IAM token is carried in X-Auth-Token; wrong sends another; reports redact it', async () => {
    const token = 'MIIT-TOKEN-SECRET-0123456789';
    const { fetch, requests } = fakeFetch(() =>
      json(500, { error: { code: 'AS.0001', message: 'boom' } }),
    );
    const s = sender(fetch, { credentials: { token } });
    const error = await violationOf(s.send(list));
    expect(requests[0]?.request.headers.get('x-auth-token')).toBe(token);
    expect(requests[0]?.request.headers.has('authorization')).toBe(false);
    expect(error.message).toContain("-H 'X-Auth-Token: <x-auth-token redacted>'");
    expect(error.message).not.toContain(token);
    // The exchange a violation carries keeps the request with the token redacted.
    expect(error.exchange?.request.headers['X-Auth-Token']).toBe('<x-auth-token redacted>');
    expect(JSON.stringify(error.exchange)).not.toContain(token);

    await violationOf(s.send({ ...list, auth: 'wrong' }));
    const wrong = requests[1]?.request.headers.get('x-auth-token');
    expect(wrong).toBeTruthy();
    expect(wrong).not.toBe(token);
  });
});

describe('Content-Type', () => {
  const body = '{"lifecycle_action_key":"k","lifecycle_action_result":"CONTINUE"}';
  const answer = () => json(400, { error: { code: 'AS.2007', message: 'no group' } });

  test('a body without contentType is sent as application/json, the bytes unchanged', async () => {
    const { fetch, requests } = fakeFetch(answer);
    const exchange = await sender(fetch).send(callback(body));
    expect(requests[0]?.request.headers.get('content-type')).toBe('application/json');
    expect(requests[0]?.body).toBe(body);
    expect(exchange.request.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(exchange.request.body).toBe(body);
  });

  test('contentType null sends no Content-Type header at all, not even text/plain', async () => {
    const { fetch, requests } = fakeFetch(answer);
    const exchange = await sender(fetch).send(callback(body, { contentType: null }));
    expect(requests[0]?.request.headers.has('content-type')).toBe(false);
    expect(requests[0]?.body).toBe(body);
    expect(exchange.request.headers).toEqual({});
  });

  test('another contentType is sent as given', async () => {
    const { fetch, requests } = fakeFetch(answer);
    await sender(fetch).send(callback(body, { contentType: 'text/xml; charset=utf-8' }));
    expect(requests[0]?.request.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  });

  test('a request without a body has no Content-Type', async () => {
    const { fetch, requests } = fakeFetch();
    await sender(fetch).send(list);
    expect(requests[0]?.request.headers.has('content-type')).toBe(false);
  });
});

test('a fetch that never settles still ends in a violation: the timeout keeps the process alive', async () => {
  // In a child process, where nothing else holds the event loop open.
  const script = `
    import { createSender } from ${JSON.stringify(fileURLToPath(new URL('./sender.ts', import.meta.url)))};
    const sender = createSender({ baseUrl: 'http://127.0.0.1:9', projectId: 'p', timeoutMs: 200, fetch: () => new Promise(() => {}) });
    sender.send({ operationId: 'listLifecycleHooks', method: 'GET', path: '/scaling_lifecycle_hook/g/list' })
      .catch((error) => console.log(error.check, error.message.split('\\n')[0]));
  `;
  const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--conditions=@as-lifecycle/source', '--import', 'tsx', '--input-type=module', '-e', script],
      (_, out) => resolve({ stdout: out, code: child.exitCode }),
    );
  });
  expect(code).toBe(0);
  expect(stdout).toMatch(/^not_a_server_error GET .*: no response within 200 ms\n$/);
});
