/**
 * Attacks a web page could make on `as-lifecycle-mock` over real HTTP: simple (no-preflight) posts
 * to the control plane, a DNS-rebinding `Host`, dot segments that would route into `/__mock/`,
 * cross-origin control requests. Each asserts the refusal and that the state did not change.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { ids, scenario } from '../../test/fixtures';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from './create-mock-server';
import { listeningWarnings } from './host-policy';
import { mockUsage } from './run-mock-cli';

const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
let server: MockServer;
let port = 0;
beforeAll(async () => {
  server = await createMockServer(mock, { port: 0, allowHosts: ['mock.test'] });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());
beforeEach(() => {
  mock.reset();
  // A state a page would want to destroy: an instance launched and a fault queued.
  mock.scaleOut(ids.group, 1);
});

/** One request exactly as given: the path is not normalised and any Host can be sent. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const state = () => JSON.stringify(mock.snapshot());

test('a form post with no body cannot reset the mock (415), nor can text/plain or no Content-Type', async () => {
  const before = state();
  for (const headers of [
    { 'content-type': 'application/x-www-form-urlencoded' },
    { 'content-type': 'multipart/form-data; boundary=x' },
    { 'content-type': 'text/plain' },
    {},
  ]) {
    const answer = await raw('POST', '/__mock/reset', headers);
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body).error.message).toMatch(/Content-Type: application\/json/);
  }
  const seed = await raw(
    'POST',
    '/__mock/seed',
    { 'content-type': 'text/plain' },
    JSON.stringify({
      project_id: ids.project,
      scaling_groups: [],
    }),
  );
  expect(seed.status).toBe(415);
  expect(state()).toBe(before);
  expect((await raw('POST', '/__mock/reset', { 'content-type': 'application/json' })).status).toBe(
    200,
  );
});

test('a DNS-rebinding Host is refused (403) on the control plane and on the API', async () => {
  const before = state();
  for (const [method, path] of [
    ['GET', '/__mock/state'],
    ['GET', '/__mock/requests'],
    ['POST', '/__mock/reset'],
    ['GET', `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`],
  ] as const) {
    const answer = await raw(method, path, {
      host: `evil.example:${port}`,
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: 'MOCK.FORBIDDEN' });
    expect(answer.body).toContain('--allow-host evil.example');
    expect(answer.body).not.toContain(ids.group);
  }
  expect(state()).toBe(before);
});

test('loopback names, the bound address and allowed names are answered', async () => {
  for (const host of [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    `LOCALHOST.:${port}`,
    `app.localhost:${port}`,
    `127.8.9.10:${port}`,
    `[::1]:${port}`,
    `mock.test:${port}`,
    'mock.test',
  ]) {
    expect((await raw('GET', '/__mock/clock', { host })).status, host).toBe(200);
  }
  for (const host of [
    `mock.test.evil.example:${port}`,
    `127.0.0.1.evil.example:${port}`,
    `0x7f000001:${port}`,
    'evil.example:80.localhost',
    '[::1]junk',
    `localhost:${port}@evil.example`,
  ]) {
    expect((await raw('GET', '/__mock/clock', { host })).status, host).toBe(403);
  }
});

test('--allow-host * answers any Host', async () => {
  const open = await createMockServer(createLifecycleMock(), { port: 0, allowHosts: ['*'] });
  try {
    const answer = await new Promise<number>((resolve, reject) => {
      const url = new URL(open.url);
      httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/__mock/clock',
          headers: { host: 'anything.example' },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(answer).toBe(200);
  } finally {
    await open.close();
  }
});

test('dot segments never route into /__mock/, encoded or not', async () => {
  const before = state();
  for (const path of [
    '/autoscaling-api/../__mock/reset',
    '/x/%2e%2e/__mock/reset',
    '/x/%2E%2E/__mock/reset',
    '/autoscaling-api/..%2f__mock/reset',
    '/./__mock/reset',
    '/__mock/../__mock/reset',
    '/__mock/./reset',
    '//__mock/reset',
    '/__mock/%72eset',
  ]) {
    const answer = await raw('POST', path, { 'content-type': 'application/json' });
    expect(answer.status, path).toBe(404);
  }
  for (const path of ['/autoscaling-api/../__mock/state', '/x/%2e%2e/__mock/state']) {
    const answer = await raw('GET', path);
    expect(answer.status, path).toBe(404);
    expect(answer.body).not.toContain('scaling_groups');
  }
  expect(state()).toBe(before);
});

test('a control request from a page of another origin is refused; from its own origin it is served', async () => {
  const before = state();
  for (const headers of [
    { origin: 'http://evil.example' },
    { origin: 'null' },
    { origin: `http://localhost:${port}` }, // another origin than the Host it was sent to
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
  ]) {
    const answer = await raw('POST', '/__mock/reset', {
      'content-type': 'application/json',
      ...headers,
    });
    expect(answer.status, JSON.stringify(headers)).toBe(403);
    expect(JSON.parse(answer.body).error.message).toMatch(/another origin/);
  }
  expect(state()).toBe(before);
  const own = await raw('GET', '/__mock/state', {
    origin: `http://127.0.0.1:${port}`,
    'sec-fetch-site': 'same-origin',
  });
  expect(own.status).toBe(200);
  // A page on a dev server's origin, through its proxy, which rewrites Host (Vite's changeOrigin).
  const proxied = await raw('POST', '/__mock/reset', {
    'content-type': 'application/json',
    origin: 'http://127.0.0.1:5173',
    'sec-fetch-site': 'same-origin',
  });
  expect(proxied.status).toBe(200);
});

test('--help says /__mock/ is unauthenticated and names the limits', () => {
  expect(mockUsage).toMatch(/UNAUTHENTICATED/);
  expect(mockUsage).toMatch(/--allow-host NAME/);
  expect(mockUsage).toMatch(/1000 instances\s+per scale request/);
});

test('listening beyond loopback, or answering every Host, is warned about', () => {
  expect(listeningWarnings('127.0.0.1', [])).toEqual([]);
  expect(listeningWarnings('::1', ['mock.test'])).toEqual([]);
  expect(listeningWarnings('0.0.0.0', [])).toEqual([
    expect.stringMatching(/^listening on 0\.0\.0\.0, not loopback: .*no authentication/),
  ]);
  expect(listeningWarnings('::', ['*'])).toEqual([
    expect.stringMatching(/^listening on ::, not loopback/),
    expect.stringMatching(/^--allow-host \* answers every Host/),
  ]);
});

test('a page of another origin cannot use up a queued fault or write the journal through the API', async () => {
  mock.fail('listHookInstances', { status: 503, code: 'AS.0001' });
  const journal = mock.requests().length;
  const list = `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`;
  for (const headers of [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
    expect((await raw('GET', list, headers)).status).toBe(403);
  }
  expect(mock.requests()).toHaveLength(journal);
  // The fault is still there for the test that queued it.
  expect((await raw('GET', list)).status).toBe(503);
});
