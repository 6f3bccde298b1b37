/**
 * Conformance: a whole lifecycle through `mock.fetch`, every response checked against the
 * spec by a checker built from `openapi.yaml` at test time (test/response-conformance.ts).
 */

import { createLifecycleMock, type LifecycleMock } from '@as-lifecycle/msw';
import { sign } from '@as-lifecycle/signer';
import { base, ids, readmeScenario as scenario, topic } from '@as-lifecycle/test-kit';
import { expect, test } from 'vitest';
import { checkResponse, documentedStatuses } from '../../src/spec/check-response';
import { type CheckedResponse, conformance } from '../../src/spec/read-response';
import {
  catalogue,
  deref,
  type InvalidExample,
  type Node,
  operation,
  operations,
  validatorAt,
} from '../../src/spec/spec-document';
import { securityCodes } from './request-cases';

const start = '2026-01-01T00:00:00Z';
const hooksPath = `/scaling_lifecycle_hook/${ids.group}`;
const callbackPath = `/scaling_instance_hook/${ids.group}/callback`;
const listPath = `/scaling_instance_hook/${ids.group}/list`;
const json = { 'Content-Type': 'application/json' };

/** Every operation and status answered so far, as `operationId status`. */
const seen = new Set<string>();

interface Send {
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, with `headers` (no Content-Type added). */
  raw?: string;
  headers?: Record<string, string>;
}

/** Sends one request of `operationId` (its method from the spec) and checks the response. */
async function send(
  mock: LifecycleMock,
  operationId: string,
  path: string,
  { body, raw, headers = {} }: Send = {},
): Promise<CheckedResponse> {
  const { method } = operation(operationId);
  const init: RequestInit =
    body !== undefined
      ? { method, body: JSON.stringify(body), headers: { ...json, ...headers } }
      : raw !== undefined
        ? { method, body: raw, headers }
        : { method, headers };
  const checked = await conformance(operationId, await mock.fetch(`${base}${path}`, init));
  // Conformance only: the 500s here are faults injected on purpose, and documented.
  const problems = checked.problems.filter((p) => p.check !== 'not_a_server_error');
  expect(problems, `${method} ${path}`).toEqual([]);
  seen.add(`${operationId} ${checked.status}`);
  return checked;
}

/** Expects the provider's error for a code: the catalogue's status and the code in the body. */
function expectError(checked: CheckedResponse, code: string) {
  expect([checked.status, checked.code]).toEqual([catalogue(code).status, code]);
}

const newMock = () => createLifecycleMock({ scenario, clock: { start } });
const hook = (name: string, type = 'INSTANCE_LAUNCHING') => ({
  lifecycle_hook_name: name,
  lifecycle_hook_type: type,
  notification_topic_urn: topic,
});

test('the checker refuses what does not conform', () => {
  const id = { 'x-request-id': 'abc' };
  const jsonType = { ...id, 'content-type': 'application/json' };
  const error = JSON.stringify({ error: { code: 'AS.7042', message: 'gone' } });
  expect(checkResponse('callbackLifecycleHook', { status: 204, headers: id, body: '' })).toEqual(
    [],
  );
  // A server error, even a documented one.
  expect(
    checkResponse('callbackLifecycleHook', {
      status: 500,
      headers: jsonType,
      body: JSON.stringify({ error: { code: 'AS.0001', message: 'System error.' } }),
    }),
  ).toEqual([expect.objectContaining({ check: 'not_a_server_error' })]);
  // A status the operation does not document.
  expect(
    checkResponse('callbackLifecycleHook', { status: 200, headers: jsonType, body: '{}' }),
  ).toEqual([
    expect.objectContaining({
      check: 'status_code_conformance',
      message: expect.stringMatching(/does not document status 200/),
    }),
  ]);
  expect(
    checkResponse('listHookInstances', { status: 404, headers: jsonType, body: error }),
  ).toEqual([
    expect.objectContaining({ message: expect.stringMatching(/does not document status 404/) }),
  ]);
  // No X-Request-Id, or an empty one.
  expect(checkResponse('callbackLifecycleHook', { status: 204, headers: {}, body: '' })).toEqual([
    expect.objectContaining({
      check: 'response_headers_conformance',
      message: expect.stringMatching(/no X-Request-Id/),
    }),
  ]);
  expect(
    checkResponse('callbackLifecycleHook', {
      status: 204,
      headers: { 'X-Request-Id': '' },
      body: '',
    }),
  ).toEqual([expect.objectContaining({ message: expect.stringMatching(/header X-Request-Id/) })]);
  // A body on a 204, no body where one is documented, a body not sent as JSON, not JSON at all.
  expect(
    checkResponse('deleteLifecycleHook', { status: 204, headers: jsonType, body: '{}' }),
  ).toEqual([expect.objectContaining({ message: expect.stringMatching(/documents no body/) })]);
  expect(checkResponse('listLifecycleHooks', { status: 200, headers: jsonType, body: '' })).toEqual(
    [expect.objectContaining({ message: expect.stringMatching(/documents a body but got none/) })],
  );
  expect(
    checkResponse('callbackLifecycleHook', {
      status: 400,
      headers: { ...id, 'content-type': 'text/plain' },
      body: error,
    }),
  ).toEqual([
    expect.objectContaining({
      check: 'content_type_conformance',
      message: expect.stringMatching(/content type text\/plain/),
    }),
  ]);
  expect(
    checkResponse('callbackLifecycleHook', { status: 400, headers: jsonType, body: '{error' }),
  ).toEqual([expect.objectContaining({ message: expect.stringMatching(/not JSON/) })]);
  // Bodies that break the documented schema.
  const bad: [string, number, unknown][] = [
    ['callbackLifecycleHook', 400, { error: { code: 'AS.7042' } }],
    ['callbackLifecycleHook', 400, { error: { code: 'E42', message: 'x' } }],
    ['callbackLifecycleHook', 400, { error_code: 'APIGW.0301', error_msg: 'x' }],
    ['callbackLifecycleHook', 401, { error_code: 'AS.0005', error_msg: 'x' }],
    ['listHookInstances', 200, { instance_hanging_info: [{ instance_id: 'i' }] }],
    ['listLifecycleHooks', 200, { lifecycle_hooks: Array.from({ length: 6 }, () => ({})) }],
    ['showLifecycleHook', 200, { ...hook('h'), create_time: '2026-01-01T00:00:00.000Z' }],
  ];
  for (const [operationId, status, body] of bad) {
    expect(
      checkResponse(operationId, { status, headers: jsonType, body: JSON.stringify(body) }),
      `${operationId} ${JSON.stringify(body)}`,
    ).toEqual([
      expect.objectContaining({
        check: 'response_schema_conformance',
        message: expect.stringMatching(/breaks/),
      }),
    ]);
  }
  expect(
    checkResponse('callbackLifecycleHook', {
      status: 401,
      headers: jsonType,
      body: JSON.stringify({ error_code: 'APIGW.0301', error_msg: 'x', request_id: 'abc' }),
    }),
  ).toEqual([]);
});

test('the lifecycle: scale out, list, EXTEND, CONTINUE, a second callback', async () => {
  const mock = newMock();
  const seeded = await send(mock, 'listHookInstances', listPath);
  expect(seeded.body).toMatchObject({
    instance_hanging_info: [{ lifecycle_action_key: ids.key, timeout: '2026-01-01T01:00:00Z' }],
  });

  const held = mock.scaleOut(ids.group, 1).instance_hanging_info[0];
  const instance = held?.instance_id as string;
  const mine = `${listPath}?instance_id=${instance}`;
  expect((await send(mock, 'listHookInstances', mine)).body).toEqual({
    instance_hanging_info: [held],
  });

  const extend = { instance_id: instance, lifecycle_hook_name: 'hook-launch' };
  expect(
    (
      await send(mock, 'callbackLifecycleHook', callbackPath, {
        body: { ...extend, lifecycle_action_result: 'EXTEND' },
      })
    ).status,
  ).toBe(204);
  expect((await send(mock, 'listHookInstances', mine)).body).toMatchObject({
    instance_hanging_info: [{ timeout: '2026-01-01T02:00:00Z', lifecycle_hook_status: 'HANGING' }],
  });

  const byKey = { lifecycle_action_key: held?.lifecycle_action_key };
  const done = await send(mock, 'callbackLifecycleHook', callbackPath, {
    body: { ...byKey, lifecycle_action_result: 'CONTINUE' },
  });
  expect(done.status).toBe(204);
  expect((await send(mock, 'listHookInstances', mine)).body).toEqual({ instance_hanging_info: [] });
  expect(mock.snapshot().projects[0]?.scaling_groups[0]?.instances).toContainEqual({
    instance_id: instance,
    lifecycle_state: 'INSERVICE',
  });

  // A second callback on the resolved target, by key and by instance and hook.
  for (const body of [byKey, extend]) {
    for (const result of ['CONTINUE', 'ABANDON', 'EXTEND']) {
      expectError(
        await send(mock, 'callbackLifecycleHook', callbackPath, {
          body: { ...body, lifecycle_action_result: result },
        }),
        'AS.7042',
      );
    }
  }
  // The seeded instance: ABANDON, then the same answer again.
  const abandon = { lifecycle_action_key: ids.key, lifecycle_action_result: 'ABANDON' };
  expect((await send(mock, 'callbackLifecycleHook', callbackPath, { body: abandon })).status).toBe(
    204,
  );
  expectError(
    await send(mock, 'callbackLifecycleHook', callbackPath, { body: abandon }),
    'AS.7042',
  );
  expect((await send(mock, 'listHookInstances', listPath)).body).toEqual({
    instance_hanging_info: [],
  });
  // Targets that never existed.
  expectError(
    await send(mock, 'callbackLifecycleHook', callbackPath, {
      body: { lifecycle_action_key: 'no-such-key', lifecycle_action_result: 'CONTINUE' },
    }),
    'AS.7042',
  );
  expectError(
    await send(mock, 'callbackLifecycleHook', callbackPath, {
      body: {
        instance_id: 'nobody',
        lifecycle_hook_name: 'hook-launch',
        lifecycle_action_result: 'CONTINUE',
      },
    }),
    'AS.7042',
  );
});

test('a timeout applies the default result once; the target then answers AS.7042', async () => {
  const mock = newMock();
  mock.clock.advance(3600);
  expect((await send(mock, 'listHookInstances', listPath)).body).toEqual({
    instance_hanging_info: [],
  });
  expectError(
    await send(mock, 'callbackLifecycleHook', callbackPath, {
      body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
    }),
    'AS.7042',
  );
});

test('hooks: create, list, show, update, delete, a sixth hook, a duplicate name, an unknown hook', async () => {
  const mock = newMock();
  const one = `${hooksPath}/hook-launch`;
  // While the seeded instance waits, the group is scaling: deleting a hook is refused (the one
  // refusal the provider documents); updating one is accepted (decision 021).
  const whileScaling = await send(mock, 'updateLifecycleHook', one, {
    body: { default_timeout: 60 },
  });
  expect(whileScaling.status).toBe(200);
  expectError(await send(mock, 'deleteLifecycleHook', one), 'AS.2033');
  await send(mock, 'callbackLifecycleHook', callbackPath, {
    body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
  });

  const created = await send(mock, 'createLifecycleHook', hooksPath, {
    body: hook('h2', 'INSTANCE_TERMINATING'),
  });
  expect(created.body).toEqual({
    ...hook('h2', 'INSTANCE_TERMINATING'),
    default_result: 'ABANDON',
    default_timeout: 3600,
    notification_topic_name: 'as-hooks',
    notification_metadata: null,
    create_time: start,
  });
  const full = await send(mock, 'createLifecycleHook', hooksPath, {
    body: {
      ...hook('h3'),
      default_result: 'CONTINUE',
      default_timeout: 86400,
      notification_metadata: 'a note',
    },
  });
  expect(full.body).toMatchObject({ default_timeout: 86400, notification_metadata: 'a note' });
  expectError(await send(mock, 'createLifecycleHook', hooksPath, { body: hook('h2') }), 'AS.7041');
  for (const name of ['h4', 'h5']) {
    expect((await send(mock, 'createLifecycleHook', hooksPath, { body: hook(name) })).status).toBe(
      200,
    );
  }
  expectError(await send(mock, 'createLifecycleHook', hooksPath, { body: hook('h6') }), 'AS.7038');

  const listed = await send(mock, 'listLifecycleHooks', `${hooksPath}/list`);
  expect(
    (listed.body as { lifecycle_hooks: { lifecycle_hook_name: string }[] }).lifecycle_hooks.map(
      (h) => h.lifecycle_hook_name,
    ),
  ).toEqual(['hook-launch', 'h2', 'h3', 'h4', 'h5']);
  expect((await send(mock, 'showLifecycleHook', `${hooksPath}/h2`)).body).toEqual(created.body);

  const updated = await send(mock, 'updateLifecycleHook', `${hooksPath}/h2`, {
    body: {
      lifecycle_hook_type: 'INSTANCE_LAUNCHING',
      default_result: 'CONTINUE',
      default_timeout: 60,
      notification_topic_urn: `urn:smn:cn-north-4:${ids.project}:other_topic`,
      notification_metadata: 'drain first',
    },
  });
  expect(updated.body).toMatchObject({
    lifecycle_hook_name: 'h2',
    notification_topic_name: 'other_topic',
    default_timeout: 60,
  });
  expect((await send(mock, 'updateLifecycleHook', `${hooksPath}/h2`, { body: {} })).body).toEqual(
    updated.body,
  );
  expect((await send(mock, 'showLifecycleHook', `${hooksPath}/h2`)).body).toEqual(updated.body);
  expect((await send(mock, 'deleteLifecycleHook', `${hooksPath}/h2`)).status).toBe(204);
  expectError(await send(mock, 'showLifecycleHook', `${hooksPath}/h2`), 'AS.0007');
  expectError(
    await send(mock, 'updateLifecycleHook', `${hooksPath}/h2`, { body: { default_timeout: 60 } }),
    'AS.0007',
  );
  expectError(await send(mock, 'deleteLifecycleHook', `${hooksPath}/h2`), 'AS.0007');
  expect((await send(mock, 'createLifecycleHook', hooksPath, { body: hook('h6') })).status).toBe(
    200,
  );
});

test('an unknown scaling group answers 400 AS.2007 on every operation', async () => {
  const mock = newMock();
  const group = 'no-such-group';
  const requests: [string, string, Send][] = [
    [
      'callbackLifecycleHook',
      `/scaling_instance_hook/${group}/callback`,
      {
        body: { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' },
      },
    ],
    ['listHookInstances', `/scaling_instance_hook/${group}/list`, {}],
    ['createLifecycleHook', `/scaling_lifecycle_hook/${group}`, { body: hook('h2') }],
    ['listLifecycleHooks', `/scaling_lifecycle_hook/${group}/list`, {}],
    ['showLifecycleHook', `/scaling_lifecycle_hook/${group}/hook-launch`, {}],
    ['updateLifecycleHook', `/scaling_lifecycle_hook/${group}/hook-launch`, { body: {} }],
    ['deleteLifecycleHook', `/scaling_lifecycle_hook/${group}/hook-launch`, {}],
  ];
  expect(requests.map(([operationId]) => operationId).sort()).toEqual(
    operations.map((o) => o.operationId).sort(),
  );
  for (const [operationId, path, init] of requests) {
    expectError(await send(mock, operationId, path, init), 'AS.2007');
  }
  // The group of another project is unknown too.
  const elsewhere = `${base.replace(ids.project, 'another-project')}${listPath}`;
  const checked = await conformance('listHookInstances', await mock.fetch(elsewhere));
  expect(checked.problems).toEqual([]);
  expectError(checked, 'AS.2007');
});

const bodyPaths: Record<string, string> = {
  callbackLifecycleHook: callbackPath,
  createLifecycleHook: hooksPath,
  updateLifecycleHook: `${hooksPath}/hook-launch`,
};

test("validation failures: each of the spec's invalid examples, wrong content types, empty bodies", async () => {
  const mock = newMock();
  let count = 0;
  for (const { operationId, node } of operations.filter((o) => o.node.requestBody)) {
    const requestBody = deref(node.requestBody as Node);
    const codes = requestBody['x-as-error-codes'] as Record<string, string>;
    const examples = requestBody['x-as-invalid-examples'] as InvalidExample[];
    const path = bodyPaths[operationId] as string;
    for (const example of examples) {
      const raw = example.raw ?? JSON.stringify(example.value);
      const checked = await send(mock, operationId, path, { raw, headers: json });
      expect([checked.status, checked.code], example.summary).toEqual([
        catalogue(example.code).status,
        example.code,
      ]);
      count += 1;
    }
    const valid = (
      Object.values(
        ((requestBody.content as Node)['application/json'] as Node).examples as Node,
      )[0] as Node
    ).value;
    for (const contentType of ['text/plain', 'application/xml', 'application/jsonp']) {
      const checked = await send(mock, operationId, path, {
        raw: JSON.stringify(valid),
        headers: { 'Content-Type': contentType },
      });
      expectError(checked, codes.mediaType as string);
    }
    // No body and no Content-Type: an empty request.
    expectError(await send(mock, operationId, path), codes.empty as string);
  }
  expect(count).toBeGreaterThan(40);
});

const endpoints: [string, string, unknown?][] = [
  [
    'callbackLifecycleHook',
    callbackPath,
    { lifecycle_action_key: 'k', lifecycle_action_result: 'EXTEND' },
  ],
  ['listHookInstances', listPath],
  ['createLifecycleHook', hooksPath, hook('h2')],
  ['listLifecycleHooks', `${hooksPath}/list`],
  ['showLifecycleHook', `${hooksPath}/hook-launch`],
  ['updateLifecycleHook', `${hooksPath}/hook-launch`, { default_timeout: 60 }],
  ['deleteLifecycleHook', `${hooksPath}/hook-launch`],
];

test('auth with tokens: missing, unknown, another project, valid — on every operation', async () => {
  const codes = securityCodes('iamToken');
  const mock = createLifecycleMock({
    scenario,
    clock: { start },
    auth: { tokens: { good: ids.project, elsewhere: 'other-project' } },
  });
  for (const [operationId, path, body] of endpoints) {
    const as = (headers: Record<string, string>) =>
      send(mock, operationId, path, { body, headers });
    expectError(await as({}), codes.missing);
    expectError(await as({ 'X-Auth-Token': '' }), codes.missing);
    expectError(await as({ 'X-Auth-Token': 'bad' }), codes.invalid);
    expectError(await as({ 'X-Auth-Token': 'elsewhere' }), codes.projectMismatch);
    expect((await as({ 'X-Auth-Token': 'good' })).status).toBeLessThan(401);
  }
});

test("throttled and denied: every operation answers the gateway's 429 and IAM's AS.0031, and conforms", async () => {
  const mock = newMock();
  mock.throttle({ perSecond: 0 });
  for (const [operationId, path, body] of endpoints) {
    const checked = await send(mock, operationId, path, { body });
    expect([checked.status, checked.code]).toEqual([429, 'APIG.0308']);
  }
  mock.throttle(null);
  mock.deny('*');
  for (const [operationId, path, body] of endpoints) {
    expectError(await send(mock, operationId, path, { body }), 'AS.0031');
  }
});

test('auth with AK/SK keys: signed, forged, unsigned, stale, another project — on every operation', async () => {
  const codes = securityCodes('akskSignature');
  const keys = {
    AKMOCK: { secretKey: 'SK-mock-secret', projectId: ids.project },
    AKOTHER: { secretKey: 'SK-other', projectId: 'other-project' },
  };
  const mock = createLifecycleMock({ scenario, clock: { start }, auth: { keys } });
  for (const [operationId, path, body] of endpoints) {
    const { method } = operation(operationId);
    const url = `${base}${path}`;
    const text = body === undefined ? undefined : JSON.stringify(body);
    const signed = async (accessKey: string, secretKey: string, date = new Date()) => {
      const headers: Record<string, string> = text === undefined ? {} : { ...json };
      const added = await sign(
        { method, url, headers, ...(text === undefined ? {} : { body: text }) },
        { credentials: { accessKey, secretKey }, projectId: ids.project, date },
      );
      return { ...headers, ...added };
    };
    const as = (headers: Record<string, string>) =>
      send(mock, operationId, path, { ...(text === undefined ? {} : { raw: text }), headers });
    expect((await as(await signed('AKMOCK', 'SK-mock-secret'))).status).toBeLessThan(401);
    expectError(await as(await signed('AKMOCK', 'wrong')), codes.invalid);
    expectError(await as(await signed('AKNOBODY', 'SK-mock-secret')), codes.invalid);
    expectError(await as(text === undefined ? {} : json), codes.missing);
    const stale = new Date(Date.now() - 16 * 60_000);
    expectError(await as(await signed('AKMOCK', 'SK-mock-secret', stale)), codes.invalid);
    expectError(await as(await signed('AKOTHER', 'SK-other')), codes.projectMismatch);
    const gateway = await as(await signed('AKMOCK', 'wrong'));
    expect(gateway.body).toEqual({
      error_code: codes.invalid,
      error_msg: catalogue(codes.invalid).message,
      request_id: gateway.headers.get('x-request-id'),
    });
  }
});

test('injected faults: 403 AS.0011, 429 APIG.0308 and 500 AS.0001 conform on every operation', async () => {
  const mock = newMock();
  for (const [operationId, path, body] of endpoints) {
    for (const code of ['AS.0011', 'APIG.0308', 'AS.0001']) {
      mock.fail(operationId as never, { code: code as never });
      expectError(await send(mock, operationId, path, body === undefined ? {} : { body }), code);
    }
  }
});

test('requests no operation matches still answer X-Request-Id and the AS error body', async () => {
  const mock = newMock();
  const validate = validatorAt('/components/schemas/AsErrorBody');
  const cases: [string, string, number][] = [
    ['GET', `${base}/nothing/here`, 404],
    ['GET', 'https://as.cn-north-4.myhuaweicloud.com/v2/elsewhere', 404],
    ['DELETE', `${base}${callbackPath}`, 405],
    ['POST', `${base}${listPath}`, 405],
    ['PATCH', `${base}${hooksPath}/hook-launch`, 405],
  ];
  for (const [method, url, status] of cases) {
    const response = await mock.fetch(url, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-request-id')).toMatch(/./);
    expect(validate(await response.json()), `${method} ${url}`).toBe(true);
  }
});

test('every status each operation documents was answered and conformed', () => {
  const missing = operations.flatMap(({ operationId }) =>
    documentedStatuses(operationId)
      .filter((status) => !seen.has(`${operationId} ${status}`))
      .map((status) => `${operationId} ${status}`),
  );
  expect(missing).toEqual([]);
});
