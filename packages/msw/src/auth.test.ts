import { sign } from '@as-lifecycle/signer';
import { expect, test } from 'vitest';
import { base, ids, scenario } from '../test/fixtures';
import { createLifecycleMock } from './create-lifecycle-mock';

const url = `${base}/scaling_lifecycle_hook/${ids.group}/list`;
const keys = { AKMOCK: { secretKey: 'SK-mock-secret', projectId: ids.project } };

test("token mode: a missing or unknown token gets the gateway's 401 flat body; another project 400 AS.0008", async () => {
  const mock = createLifecycleMock({
    scenario,
    auth: { tokens: { good: ids.project, elsewhere: 'other-project' } },
  });
  const answerTo = async (headers: Record<string, string>) => {
    const response = await mock.fetch(url, { headers });
    const body = response.status === 200 ? 'ok' : await response.json();
    return { status: response.status, body, requestId: response.headers.get('x-request-id') };
  };
  const missing = await answerTo({});
  expect(missing).toEqual({
    status: 401,
    body: {
      error_code: 'APIGW.0301',
      error_msg: 'Incorrect IAM authentication information: x-auth-token not found',
      request_id: missing.requestId,
    },
    requestId: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  expect((await answerTo({ 'X-Auth-Token': '' })).body.error_msg).toBe(
    'Incorrect IAM authentication information: x-auth-token not found',
  );
  expect((await answerTo({ 'X-Auth-Token': 'bad' })).body).toMatchObject({
    error_code: 'APIGW.0301',
    error_msg: 'Incorrect IAM authentication information: decrypt token fail',
  });
  expect((await answerTo({ 'X-Auth-Token': 'elsewhere' })).body).toMatchObject({
    error: { code: 'AS.0008' },
  });
  expect((await answerTo({ 'X-Auth-Token': 'good' })).status).toBe(200);
  // The journal records the gateway's code.
  expect(mock.requests().map((r) => r.code)).toEqual([
    'APIGW.0301',
    'APIGW.0301',
    'APIGW.0301',
    'AS.0008',
    undefined,
  ]);
});

test("tokenErrors: 'service' answers the service's 401 AS.0005 / AS.0006 instead", async () => {
  const mock = createLifecycleMock({
    scenario,
    auth: { tokens: { good: ids.project, elsewhere: 'other-project' }, tokenErrors: 'service' },
  });
  const codeOf = async (headers: Record<string, string>) => {
    const response = await mock.fetch(url, { headers });
    return [response.status, response.status === 200 ? 'ok' : (await response.json()).error.code];
  };
  expect(await codeOf({})).toEqual([401, 'AS.0005']);
  expect(await codeOf({ 'X-Auth-Token': 'bad' })).toEqual([401, 'AS.0006']);
  expect(await codeOf({ 'X-Auth-Token': 'elsewhere' })).toEqual([400, 'AS.0008']);
  expect(await codeOf({ 'X-Auth-Token': 'good' })).toEqual([200, 'ok']);
});

test('AK/SK mode: a signed request passes; a bad or missing signature gets the gateway flat body', async () => {
  const mock = createLifecycleMock({ scenario, auth: { keys } });
  const signed = await sign(
    { method: 'GET', url },
    { credentials: { accessKey: 'AKMOCK', secretKey: 'SK-mock-secret' }, projectId: ids.project },
  );
  expect((await mock.fetch(url, { headers: signed })).status).toBe(200);

  const forged = await sign(
    { method: 'GET', url },
    { credentials: { accessKey: 'AKMOCK', secretKey: 'wrong' }, projectId: ids.project },
  );
  const refused = await mock.fetch(url, { headers: forged });
  expect(refused.status).toBe(401);
  const body = await refused.json();
  expect(body).toEqual({
    error_code: 'APIGW.0301',
    error_msg: expect.any(String),
    request_id: refused.headers.get('x-request-id'),
  });
  expect((await mock.fetch(url)).status).toBe(401);
});

test('AK/SK mode: a date more than 15 minutes off is refused', async () => {
  const mock = createLifecycleMock({ scenario, auth: { keys } });
  const stale = await sign(
    { method: 'GET', url },
    {
      credentials: { accessKey: 'AKMOCK', secretKey: 'SK-mock-secret' },
      projectId: ids.project,
      date: new Date(Date.now() - 16 * 60_000),
    },
  );
  expect((await mock.fetch(url, { headers: stale })).status).toBe(401);
});

test('AK/SK mode: a key of another project is refused with AS.0008', async () => {
  const mock = createLifecycleMock({
    scenario,
    auth: { keys: { ...keys, AKOTHER: { secretKey: 'SK2', projectId: 'other' } } },
  });
  const signed = await sign(
    { method: 'GET', url },
    { credentials: { accessKey: 'AKOTHER', secretKey: 'SK2' } },
  );
  const refused = await mock.fetch(url, { headers: signed });
  expect([refused.status, (await refused.json()).error.code]).toEqual([400, 'AS.0008']);
});
