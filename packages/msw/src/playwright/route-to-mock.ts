/**
 * The page side of the fixture: requests of a browser context whose URL matches one of the
 * patterns are sent to the worker's mock (same path and query, same method, headers and body) with
 * `route.fetch`, and its answer fulfils them, so that an app calling its own origin (behind a dev
 * server's proxy) reaches the mock without any change.
 */
import type { BrowserContext, Route } from '@playwright/test';

/** Headers a browser sets for the page's origin: the mock would refuse a cross-origin caller. */
const PAGE_HEADERS = new Set(['origin', 'referer', 'host']);

/** Throws, saying how to fix it, unless `patterns` is a list of glob strings. */
export function checkRoutes(patterns: unknown): readonly string[] {
  if (
    !Array.isArray(patterns) ||
    patterns.some((pattern) => typeof pattern !== 'string' || pattern === '')
  ) {
    throw new TypeError(
      `lifecycleRoutes must be a list of URL globs, as test.use({ lifecycleRoutes: ['**/autoscaling-api/**'] }); got ${Array.isArray(patterns) ? 'a list with something else than non-empty strings' : typeof patterns}.`,
    );
  }
  return patterns as string[];
}

/** The handler that answers a routed request from the mock at `mockUrl`. */
export function toMock(mockUrl: string) {
  return async (route: Route): Promise<void> => {
    const request = route.request();
    const from = new URL(request.url());
    const headers = Object.fromEntries(
      Object.entries(request.headers()).filter(([name]) => !PAGE_HEADERS.has(name.toLowerCase())),
    );
    try {
      const response = await route.fetch({
        url: new URL(`${from.pathname}${from.search}`, mockUrl).href,
        headers,
        maxRedirects: 0,
      });
      await route.fulfill({ response });
    } catch {
      // The mock closed (the test or the worker is over) or the page went away: the request
      // fails as a network error would, and the route may already be gone.
      await route.abort('connectionrefused').catch(() => undefined);
    }
  };
}

/** A URL glob as a whole-URL pattern: `**` any characters, `*` any but `/`, the rest literal. */
const globPattern = (glob: string) =>
  new RegExp(
    `^${glob
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((literal) => literal.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*')}$`,
  );

/**
 * Which requests go to the mock: those matching a glob, except the ones the app already sends to
 * the mock itself (they go untouched, meeting the server's own CORS policy: an intercepted
 * cross-origin request loses its exposed headers in Chromium).
 */
export function routeMatcher(mockUrl: string, patterns: readonly string[]): (url: URL) => boolean {
  const mockOrigin = new URL(mockUrl).origin;
  const matchers = patterns.map(globPattern);
  return (url) => url.origin !== mockOrigin && matchers.some((m) => m.test(url.href));
}

/** Routes the context's requests matching `patterns` to the mock at `mockUrl`. */
export async function routeToMock(
  context: Pick<BrowserContext, 'route'>,
  mockUrl: string,
  patterns: readonly string[],
): Promise<void> {
  await context.route(routeMatcher(mockUrl, patterns), toMock(mockUrl));
}
