/**
 * Deliberately broken implementations: the mock in process with one fault each, put in front of
 * its `fetch` (or its clock). Each is what a real implementation could get wrong.
 */
import { createLifecycleMock, type LifecycleMock } from '@as-lifecycle/msw';
import type { ContractProvider } from '../src/provider';
import { mockProvider } from '../src/providers/mock-provider';
import type { TargetFetch } from '../src/target';

/** A broken implementation: its target fetch and provider. */
export interface Variant {
  fetch: TargetFetch;
  provider: ContractProvider;
}

/** What a variant changes: the request before the mock sees it, the answer after. */
interface Breakage {
  request?: (request: Request, body: string) => Promise<Request | Response> | Request | Response;
  response?: (
    response: Response,
    request: Request,
    body: string,
    mock: LifecycleMock,
  ) => Promise<Response> | Response;
  provider?: (mock: LifecycleMock) => ContractProvider;
}

const isCallback = (request: Request) =>
  request.method === 'PUT' && new URL(request.url).pathname.endsWith('/callback');
const isCreate = (request: Request) => request.method === 'POST';
const parse = (text: string): Record<string, unknown> => {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
};
const json = (status: number, body: unknown, from: Response) => {
  const headers = new Headers(from.headers);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers });
};
const codeOf = async (response: Response) => {
  const body = parse(await response.clone().text()) as { error?: { code?: string } };
  return body.error?.code;
};

/** The hook a broken implementation answers for a create it should have refused. */
const acceptedHook = (body: string) => ({
  default_result: 'ABANDON',
  default_timeout: 3600,
  notification_metadata: null,
  ...parse(body),
  notification_topic_name: 'as-lifecycle-contract',
  create_time: '2026-01-01T00:00:00Z',
});

/** Builds a variant: a fresh mock, the breakage around it. */
export function variant(breakage: Breakage): Variant {
  const mock = createLifecycleMock({ clock: 'virtual' });
  const fetch: TargetFetch = async (original) => {
    const body =
      original.method === 'GET' || original.method === 'DELETE'
        ? ''
        : await original.clone().text();
    const changed = breakage.request ? await breakage.request(original, body) : original;
    if (changed instanceof Response) return changed;
    const response = await mock.fetch(changed);
    return breakage.response ? breakage.response(response, original, body, mock) : response;
  };
  return { fetch, provider: breakage.provider ? breakage.provider(mock) : mockProvider(mock) };
}

/** Sends the request again with another JSON body. */
const withBody = (request: Request, body: unknown) =>
  new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: JSON.stringify(body),
  });

/** The broken implementations, by what is wrong with them. */
export const variants = {
  'a callback answers 200 with a body': () =>
    variant({
      response: (response, request) =>
        isCallback(request) && response.status === 204
          ? json(200, { result: 'ok' }, response)
          : response,
    }),
  'EXTEND is accepted as a default result': () =>
    variant({
      request: (request, body) => {
        const value = parse(body);
        return value.default_result === 'EXTEND'
          ? withBody(request, { ...value, default_result: 'CONTINUE' })
          : request;
      },
    }),
  'a second callback on a key succeeds': () => {
    const released = new Set<string>();
    return variant({
      response: async (response, request, body) => {
        if (!isCallback(request)) return response;
        const key = parse(body).lifecycle_action_key;
        if (typeof key !== 'string') return response;
        if (response.status === 204) released.add(key);
        else if (released.has(key) && (await codeOf(response)) === 'AS.7042')
          return new Response(null, { status: 204, headers: response.headers });
        return response;
      },
    });
  },
  'responses carry no X-Request-Id': () =>
    variant({
      response: (response) => {
        const headers = new Headers(response.headers);
        headers.delete('x-request-id');
        return new Response(response.body, { status: response.status, headers });
      },
    }),
  'an unknown group answers 404': () =>
    variant({
      response: async (response) =>
        (await codeOf(response)) === 'AS.2007'
          ? new Response(response.body, { status: 404, headers: response.headers })
          : response,
    }),
  'a sixth hook is accepted': () =>
    variant({
      response: async (response, _request, body) =>
        (await codeOf(response)) === 'AS.7038' ? json(200, acceptedHook(body), response) : response,
    }),
  'a duplicate hook name is accepted': () =>
    variant({
      response: async (response, _request, body) =>
        (await codeOf(response)) === 'AS.7041' ? json(200, acceptedHook(body), response) : response,
    }),
  'EXTEND moves the timeout by 3599 s': () => {
    const extended = new Set<string>();
    return variant({
      request: (request, body) => {
        const value = parse(body);
        if (
          isCallback(request) &&
          value.lifecycle_action_result === 'EXTEND' &&
          typeof value.lifecycle_action_key === 'string'
        ) {
          extended.add(value.lifecycle_action_key);
        }
        return request;
      },
      response: async (response, request) => {
        if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/list'))
          return response;
        const listed = parse(await response.text()) as {
          instance_hanging_info?: { lifecycle_action_key: string; timeout: string }[];
        };
        for (const record of listed.instance_hanging_info ?? []) {
          if (extended.has(record.lifecycle_action_key)) {
            record.timeout = new Date(Date.parse(record.timeout) - 1000)
              .toISOString()
              .replace('.000', '');
          }
        }
        return json(200, listed, response);
      },
    });
  },
  'parallel callbacks race (check, then act)': () => {
    // A callback looks the key up, waits, then acts: every callback that saw it held answers 204.
    const mock = createLifecycleMock({ clock: 'virtual' });
    const fetch: TargetFetch = async (request) => {
      if (!isCallback(request)) return mock.fetch(request);
      const key = parse(await request.clone().text()).lifecycle_action_key;
      const held = mock
        .snapshot()
        .projects.flatMap((p) => p.scaling_groups)
        .some((g) => g.instance_hanging_info.some((r) => r.lifecycle_action_key === key));
      await new Promise((resolve) => setTimeout(resolve, 5));
      const response = await mock.fetch(request);
      return held && (await codeOf(response)) === 'AS.7042'
        ? new Response(null, { status: 204, headers: response.headers })
        : response;
    };
    return { fetch, provider: mockProvider(mock) };
  },
  'the key does not win over instance id + hook name': () =>
    variant({
      request: (request, body) => {
        const value = parse(body);
        if (
          !isCallback(request) ||
          value.instance_id === undefined ||
          value.lifecycle_hook_name === undefined
        )
          return request;
        const { lifecycle_action_key: _, ...rest } = value;
        return withBody(request, rest);
      },
    }),
  'timeouts fire at twice the hook timeout': () =>
    variant({
      provider: (mock) => ({
        ...mockProvider(mock),
        advanceClock: async (seconds) => void mock.clock.advance(seconds / 2),
      }),
    }),
  'errors are sent as text/plain': () =>
    variant({
      response: (response) => {
        if (response.status < 400) return response;
        const headers = new Headers(response.headers);
        headers.set('content-type', 'text/plain');
        return new Response(response.body, { status: response.status, headers });
      },
    }),
  'hook names with "_" crash the server': () =>
    variant({
      request: (request, body) => {
        const name = parse(body).lifecycle_hook_name;
        return isCreate(request) && typeof name === 'string' && name.includes('_')
          ? new Response(JSON.stringify({ error: { code: 'AS.0001', message: 'System error.' } }), {
              status: 500,
              headers: { 'content-type': 'application/json', 'x-request-id': '0'.repeat(32) },
            })
          : request;
      },
    }),
  'hook names over 16 characters are refused': () =>
    variant({
      request: (request, body) => {
        const name = parse(body).lifecycle_hook_name;
        return isCreate(request) && typeof name === 'string' && name.length > 16
          ? new Response(
              JSON.stringify({ error: { code: 'AS.7036', message: 'Invalid hook name.' } }),
              {
                status: 400,
                headers: { 'content-type': 'application/json', 'x-request-id': '0'.repeat(32) },
              },
            )
          : request;
      },
    }),
  'create_time carries milliseconds': () =>
    variant({
      response: async (response) => {
        const text = await response.text();
        return new Response(text.replace(/"create_time":"([^"]+)Z"/g, '"create_time":"$1.000Z"'), {
          status: response.status,
          headers: response.headers,
        });
      },
    }),
} satisfies Record<string, () => Variant>;
