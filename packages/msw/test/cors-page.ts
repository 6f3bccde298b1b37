/** Requests as a browser page of another origin sends them, for the CORS tests of the mock server. */
import type { LifecycleMock } from '../src/create-lifecycle-mock';
import type { MockServer } from '../src/server/create-mock-server';
import { ids } from './fixtures';

/** The origin of the app under development: a Vite dev server. */
export const app = 'http://localhost:5173';

export const list = `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/list`;
export const callback = `/autoscaling-api/v1/${ids.project}/scaling_instance_hook/${ids.group}/callback`;
export const hooks = `/autoscaling-api/v1/${ids.project}/scaling_lifecycle_hook/${ids.group}`;

/** What a refusal must leave unchanged: the state and the journal. */
export const stateOf = (mock: LifecycleMock) =>
  JSON.stringify({ state: mock.snapshot(), journal: mock.requests() });

/** A request as a browser page of `origin` sends it cross-site. */
export async function fromPage(
  server: MockServer,
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { origin, 'sec-fetch-site': 'cross-site', ...headers },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** The preflight a browser sends before a request with `method` and the client's headers. */
export const preflightOf = (server: MockServer, origin: string, path: string, method: string) =>
  fromPage(server, origin, 'OPTIONS', path, {
    'access-control-request-method': method,
    'access-control-request-headers': 'content-type,x-auth-token',
  });
