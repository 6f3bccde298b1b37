/**
 * The MSW adapter: handlers for `setupServer` and `setupWorker` that hand each request under
 * `/autoscaling-api/` to the emulator.
 */
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { CoreRequest } from '../core/emulator';
import type { CoreResponse } from '../core/responses';
import { toCoreRequest } from './fetch';

/** Handlers on any origin (no `baseUrl`), or on each base URL given. */
export function mswHandlers(
  baseUrl: string | readonly string[] | undefined,
  answer: (request: CoreRequest) => Promise<CoreResponse>,
): HttpHandler[] {
  const resolver = async ({ request }: { request: Request }) => {
    const core = await answer(await toCoreRequest(request));
    if (core.networkError) return HttpResponse.error();
    return new HttpResponse(core.body ?? null, { status: core.status, headers: core.headers });
  };
  if (baseUrl === undefined) return [http.all(/\/autoscaling-api\//, resolver)];
  return ([] as string[])
    .concat(baseUrl)
    .map((base) => http.all(`${base.replace(/\/+$/, '')}/autoscaling-api/*`, resolver));
}
