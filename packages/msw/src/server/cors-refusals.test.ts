/**
 * CORS over real HTTP, what is refused: any origin not named exactly (`null`, another port, scheme
 * or case), a preflight for a method the route does not take, `/__mock/` with only `corsOrigins`
 * (even `'*'`), a DNS-rebinding `Host`. Each refusal is a 403 without CORS headers that changes
 * neither the state nor the journal.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { app, callback, fromPage, list, preflightOf, stateOf } from '../../test/cors-page';
import { ids, scenario } from '../../test/fixtures';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { canonicalOrigin, corsPolicy } from './cors';
import { createMockServer, type MockServer } from './create-mock-server';
import { listeningWarnings } from './host-policy';

const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
let apiOnly: MockServer;
let withControl: MockServer;
let anyOrigin: MockServer;
beforeAll(async () => {
  apiOnly = await createMockServer(mock, { port: 0, corsOrigins: [app] });
  withControl = await createMockServer(mock, {
    port: 0,
    corsOrigins: [app],
    controlCorsOrigins: [app],
  });
  anyOrigin = await createMockServer(mock, { port: 0, corsOrigins: ['*'] });
});
afterAll(() => Promise.all([apiOnly, withControl, anyOrigin].map((s) => s.close())));
beforeEach(() => {
  mock.reset();
  mock.scaleOut(ids.group, 1);
});

test('with corsOrigins only, /__mock/ still refuses that origin and changes nothing', async () => {
  const before = stateOf(mock);
  for (const server of [apiOnly, anyOrigin]) {
    const answers = [
      await fromPage(server, app, 'GET', '/__mock/state'),
      await fromPage(server, app, 'POST', '/__mock/reset', { 'content-type': 'application/json' }),
      await preflightOf(server, app, '/__mock/reset', 'POST'),
      await preflightOf(server, app, '/__mock/state', 'GET'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(JSON.parse(answer.text).error.message).toContain(
        `--control-cors-origin ${app} to let that origin drive it`,
      );
      expect(answer.text).not.toContain('scaling_groups');
    }
  }
  expect(stateOf(mock)).toBe(before);
});

test.each([
  ['null', 'null'],
  ['garbage', 'not an origin'],
  ['another port', 'http://localhost:5174'],
  ['another scheme', 'https://localhost:5173'],
  ['another case', 'http://LOCALHOST:5173'],
  ['a trailing slash', 'http://localhost:5173/'],
  ['another name for the same host', 'http://127.0.0.1:5173'],
  ['a suffix', 'http://localhost:5173.evil.example'],
  ['userinfo', 'http://localhost:5173@evil.example'],
])(
  'an origin differing by %s is refused, preflight included, and changes nothing',
  async (_, origin) => {
    mock.fail('listHookInstances', { status: 503, code: 'AS.0001' });
    const before = stateOf(mock);
    for (const answer of [
      await fromPage(apiOnly, origin, 'GET', list),
      await preflightOf(apiOnly, origin, list, 'GET'),
      await fromPage(
        apiOnly,
        origin,
        'PUT',
        callback,
        { 'content-type': 'application/json' },
        '{}',
      ),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(JSON.parse(answer.text).error).toMatchObject({ code: 'MOCK.FORBIDDEN' });
      expect(answer.text).toContain('--cors-origin');
    }
    expect(stateOf(mock)).toBe(before);
    // The queued fault is still there for the test that queued it.
    expect((await fetch(`${apiOnly.url}${list}`)).status).toBe(503);
  },
);

test('a preflight for a method the route does not take, or a path no route has, is refused', async () => {
  const before = stateOf(mock);
  const wrong = await preflightOf(apiOnly, app, list, 'DELETE');
  expect(wrong.status).toBe(403);
  expect(wrong.headers.get('access-control-allow-origin')).toBeNull();
  expect(JSON.parse(wrong.text).error.message).toContain('this route takes GET');
  const nowhere = await preflightOf(apiOnly, app, '/autoscaling-api/v1/nothing', 'GET');
  expect(nowhere.status).toBe(404);
  expect(nowhere.headers.get('access-control-allow-origin')).toBeNull();
  expect(stateOf(mock)).toBe(before);
});

test("'*' echoes any origin a browser sends (never *, never null) on the API routes only", async () => {
  const evil = 'http://evil.example';
  const answer = await fromPage(anyOrigin, evil, 'GET', list);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBe(evil);
  const preflight = await preflightOf(anyOrigin, evil, list, 'GET');
  expect(preflight.headers.get('access-control-allow-origin')).toBe(evil);
  for (const origin of ['null', 'http://EVIL.example', 'file://']) {
    expect((await fromPage(anyOrigin, origin, 'GET', list)).status, origin).toBe(403);
  }
  expect(listeningWarnings('127.0.0.1', [], ['*'])).toEqual([
    expect.stringMatching(/^--cors-origin \* lets a web page of any origin/),
  ]);
  expect(listeningWarnings('127.0.0.1', [], [app])).toEqual([]);
  const control = await fromPage(anyOrigin, evil, 'GET', '/__mock/state');
  expect(control.status).toBe(403);
  expect(control.headers.get('access-control-allow-origin')).toBeNull();
});

test('an option that is not an origin, or * for the control plane, is refused at start', async () => {
  expect(() => corsPolicy({ controlCorsOrigins: ['*'] })).toThrow(
    '--control-cors-origin does not take *',
  );
  for (const origin of ['localhost:5173', 'http://localhost:5173/app', 'null', 'ftp://x', '']) {
    expect(() => corsPolicy({ corsOrigins: [origin] }), origin).toThrow(/is not an origin/);
  }
  await expect(createMockServer(mock, { port: 0, controlCorsOrigins: ['*'] })).rejects.toThrow(
    TypeError,
  );
  expect(canonicalOrigin('http://LOCALHOST:80')).toBe('http://localhost');
  expect(corsPolicy({ corsOrigins: ['http://LOCALHOST:5173'] }).api.allows(app)).toBe(true);
});

test('an allowed origin does not pass the Host check: a DNS-rebinding name still gets 403', async () => {
  const { port } = new URL(withControl.url);
  const before = stateOf(mock);
  for (const [method, path] of [
    ['GET', list],
    ['OPTIONS', list],
    ['POST', '/__mock/reset'],
  ] as const) {
    const answer = await new Promise<{ status: number; cors: unknown; body: string }>(
      (resolve, reject) => {
        httpRequest(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            headers: {
              host: `evil.example:${port}`,
              origin: app,
              'sec-fetch-site': 'cross-site',
              'access-control-request-method': 'GET',
              'content-type': 'application/json',
            },
          },
          (response) => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              body += chunk;
            });
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                cors: response.headers['access-control-allow-origin'],
                body,
              }),
            );
          },
        )
          .on('error', reject)
          .end();
      },
    );
    expect(answer.status, `${method} ${path}`).toBe(403);
    expect(answer.cors).toBeUndefined();
    expect(answer.body).toContain('--allow-host evil.example');
  }
  expect(stateOf(mock)).toBe(before);
});
