/**
 * The in-process `fetch` adapter: a fetch-shaped function answered by the emulator, with no MSW and
 * no network. `toCoreRequest` is shared with the MSW adapter.
 */
import type { CoreRequest } from '../core/emulator';
import type { CoreResponse } from '../core/responses';

/** A fetch `Request` as the emulator takes it: header names in lowercase, the body as text. */
export async function toCoreRequest(request: Request): Promise<CoreRequest> {
  const headers: Record<string, string> = {};
  // Lowercased here, not trusted to be: happy-dom's Headers list names in the case they were set.
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { method: request.method, url: request.url, headers, body: await request.text() };
}

function toResponse(core: CoreResponse): Response {
  if (core.networkError)
    throw new TypeError('Failed to fetch: the mock failed this request at the network level.');
  return new Response(core.body ?? null, { status: core.status, headers: core.headers });
}

/** `fetch(input, init)` answered by `answer`; a network fault rejects as fetch does. */
export const mockFetch =
  (answer: (request: CoreRequest) => Promise<CoreResponse>) =>
  async (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    toResponse(await answer(await toCoreRequest(new Request(input, init))));
