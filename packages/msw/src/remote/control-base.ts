/** The address of a running `as-lifecycle-mock`, checked once when a remote controller is made. */

const fix =
  'Give the address the mock listens on, as `http://127.0.0.1:4010` (the `url` of createMockServer).';

/**
 * `baseUrl` as the control URLs' prefix (origin and any path, no trailing slash), or a TypeError
 * saying how to fix it: not a URL, not http(s), or carrying credentials, a query or a fragment.
 */
export function controlBase(baseUrl: string | URL): string {
  const given = String(baseUrl);
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new TypeError(`connectLifecycleMock: "${given}" is not an absolute URL. ${fix}`);
  }
  const refuse = (why: string): never => {
    throw new TypeError(`connectLifecycleMock: "${given}" ${why}. ${fix}`);
  };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    refuse(`is not an http: or https: URL (${url.protocol})`);
  }
  if (url.username !== '' || url.password !== '') refuse('carries credentials');
  if (url.search !== '' || url.hash !== '') refuse('has a query or a fragment');
  if (/\/__mock(\/|$)/.test(url.pathname)) refuse('names /__mock/ itself; give the address only');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
