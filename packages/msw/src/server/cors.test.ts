/**
 * CORS over real HTTP, what an allowed origin gets: a page of it (a dev server on another port) may
 * call the API routes and read every answer, errors included, and `/__mock/` only when
 * `controlCorsOrigins` names it. The refusals are in cors-refusals.test.ts.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { app, callback, fromPage, hooks, list, preflightOf, stateOf } from '../../test/cors-page';
import { ids, scenario } from '../../test/fixtures';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from './create-mock-server';

const mock = createLifecycleMock({ scenario, clock: { start: '2026-01-01T00:00:00Z' } });
let apiOnly: MockServer;
let withControl: MockServer;
let closed: MockServer;
beforeAll(async () => {
  apiOnly = await createMockServer(mock, { port: 0, corsOrigins: [app] });
  withControl = await createMockServer(mock, {
    port: 0,
    corsOrigins: [app],
    controlCorsOrigins: [app],
  });
  closed = await createMockServer(mock, { port: 0 });
});
afterAll(() => Promise.all([apiOnly, withControl, closed].map((s) => s.close())));
beforeEach(() => {
  mock.reset();
  mock.scaleOut(ids.group, 1);
});

test('a preflight from an allowed origin is answered 204 with what the route takes', async () => {
  const before = stateOf(mock);
  const answer = await preflightOf(apiOnly, app, callback, 'PUT');
  expect(answer.status).toBe(204);
  expect(answer.text).toBe('');
  expect(Object.fromEntries(answer.headers)).toMatchObject({
    'access-control-allow-origin': app,
    'access-control-allow-methods': 'PUT',
    'access-control-max-age': '600',
    vary: 'Origin',
  });
  const allowed = (answer.headers.get('access-control-allow-headers') ?? '').split(', ');
  for (const header of ['Content-Type', 'X-Auth-Token', 'X-Project-Id', 'X-Sdk-Date']) {
    expect(allowed).toContain(header);
  }
  expect(allowed).toEqual(expect.arrayContaining(['Authorization', 'X-Security-Token']));
  expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  // Same-site (another port of localhost) is a cross-origin request too.
  const sameSite = await fetch(`${apiOnly.url}${hooks}`, {
    method: 'OPTIONS',
    headers: {
      origin: app,
      'sec-fetch-site': 'same-site',
      'access-control-request-method': 'POST',
    },
  });
  expect(sameSite.status).toBe(204);
  expect(sameSite.headers.get('access-control-allow-methods')).toBe('POST');
  // A preflight is answered by the server: no journal entry, no queued fault used.
  expect(stateOf(mock)).toBe(before);
});

test('the answer to an allowed origin is readable: origin echoed, X-Request-Id exposed', async () => {
  const answer = await fromPage(apiOnly, app, 'GET', list);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('access-control-allow-origin')).toBe(app);
  expect(answer.headers.get('vary')).toBe('Origin');
  expect(answer.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
  expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  expect(JSON.parse(answer.text).instance_hanging_info).toHaveLength(2);
});

test("the provider's errors carry the CORS headers, so a page can read their body", async () => {
  const unknown = list.replace(ids.group, '00000000-0000-4000-8000-000000000000');
  const missing = await fromPage(apiOnly, app, 'GET', unknown);
  expect(missing.status).toBe(400);
  expect(JSON.parse(missing.text).error.code).toBe('AS.2007');
  const invalid = await fromPage(
    apiOnly,
    app,
    'PUT',
    callback,
    { 'content-type': 'application/json' },
    '{}',
  );
  expect(invalid.status).toBe(400);
  expect(JSON.parse(invalid.text).error.code).toMatch(/^AS\./);
  mock.fail('listHookInstances', { status: 503, code: 'AS.0001' });
  const fault = await fromPage(apiOnly, app, 'GET', list);
  expect(fault.status).toBe(503);
  for (const answer of [missing, invalid, fault]) {
    expect(answer.headers.get('access-control-allow-origin')).toBe(app);
    expect(answer.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
    expect(answer.headers.get('x-request-id')).toBeTruthy();
  }
});

test('a body too large gets a 413 the allowed page can read, and no other origin can', async () => {
  const before = stateOf(mock);
  const huge = JSON.stringify({
    lifecycle_action_result: 'CONTINUE',
    pad: 'x'.repeat(1024 * 1024),
  });
  const headers = { 'content-type': 'application/json' };
  const allowed = await fromPage(apiOnly, app, 'PUT', callback, headers, huge);
  expect(allowed.status).toBe(413);
  expect(allowed.headers.get('access-control-allow-origin')).toBe(app);
  expect(allowed.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
  expect(JSON.parse(allowed.text).error.code).toBe('AS.0022');
  const other = await fromPage(apiOnly, 'http://localhost:5174', 'PUT', callback, headers, huge);
  expect(other.status).toBe(413);
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  // The control plane is not opened by corsOrigins, for a 413 either.
  const control = await fromPage(apiOnly, app, 'POST', '/__mock/seed', headers, huge);
  expect(control.status).toBe(413);
  expect(control.headers.get('access-control-allow-origin')).toBeNull();
  expect(stateOf(mock)).toBe(before);
});

test('with controlCorsOrigins, that origin may drive /__mock/', async () => {
  const preflight = await preflightOf(withControl, app, '/__mock/reset', 'POST');
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(app);
  expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
  expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type');
  const read = await fromPage(withControl, app, 'GET', '/__mock/state');
  expect(read.status).toBe(200);
  expect(read.headers.get('access-control-allow-origin')).toBe(app);
  expect(read.text).toContain('scaling_groups');
  const reset = await fromPage(withControl, app, 'POST', '/__mock/reset', {
    'content-type': 'application/json',
  });
  expect(reset.status).toBe(200);
  expect(mock.group(ids.group)?.instances).toHaveLength(1);
  // Any other origin is still refused there.
  const other = await fromPage(withControl, 'http://localhost:5174', 'GET', '/__mock/state');
  expect(other.status).toBe(403);
});

test('without corsOrigins nothing changes: 403, no CORS headers, no Vary', async () => {
  const answer = await fromPage(closed, app, 'GET', list);
  expect(answer.status).toBe(403);
  expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  expect(answer.headers.get('vary')).toBeNull();
  expect((await preflightOf(closed, app, list, 'GET')).status).toBe(403);
  // Same origin (or a tool) gets no CORS headers, but the answer still varies by Origin.
  const own = await fetch(`${apiOnly.url}${list}`);
  expect(own.headers.get('access-control-allow-origin')).toBeNull();
  expect(own.headers.get('vary')).toBe('Origin');
  expect((await fetch(`${apiOnly.url}/__mock/clock`)).headers.get('vary')).toBeNull();
  expect((await fetch(`${withControl.url}/__mock/clock`)).headers.get('vary')).toBe('Origin');
});
