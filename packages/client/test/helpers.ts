/** A recording `fetch` for tests: no globals are patched. */

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type Responder = (request: Request, index: number) => Response | Promise<Response>;

/** A `fetch(input, init)` that builds the `Request` as a real one does, records it and answers. */
export function recordingFetch(responder: Responder) {
  const calls: Recorded[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    calls.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.clone().text(),
    });
    return responder(request, calls.length - 1);
  };
  return { fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-1', ...headers },
  });

export const noContent = () =>
  new Response(null, { status: 204, headers: { 'X-Request-Id': 'req-1' } });

export const hook = {
  lifecycle_hook_name: 'test-hook1',
  lifecycle_hook_type: 'INSTANCE_LAUNCHING',
  default_result: 'ABANDON',
  default_timeout: 3600,
  notification_topic_urn: 'urn:smn:cn-north-4:b53e5554fad0494d96206fb84296510b:gsh',
  notification_topic_name: 'gsh',
  notification_metadata: null,
  create_time: '2016-11-15T02:56:58Z',
} as const;

/** The README's ids, shared with the mock's and the contract suite's tests. */
export { ids } from '@as-lifecycle/test-kit';
