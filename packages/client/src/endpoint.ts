import { type Region, regionServers } from '@as-lifecycle/types';
import { CREATE, misuse } from './usage-error';

/**
 * The base URL of the AS API: the given endpoint (a mock server, a proxy), or the region's.
 *
 * @example
 * resolveEndpoint({ region: 'ap-southeast-1' }); // 'https://as.ap-southeast-1.myhwclouds.com'
 * resolveEndpoint({ endpoint: 'http://127.0.0.1:4010/' }); // 'http://127.0.0.1:4010'
 */
export function resolveEndpoint(options: {
  region?: Region | undefined;
  endpoint?: string | undefined;
}): string {
  const { endpoint, region } = options;
  if (endpoint !== undefined) {
    const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
      throw misuse(
        CREATE,
        `endpoint "${endpoint}" is not an absolute http(s) URL`,
        'Pass e.g. "http://127.0.0.1:4010"',
      );
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  }
  if (region === undefined) {
    throw misuse(
      CREATE,
      'neither region nor endpoint is set',
      'Pass { region: "cn-north-4" } or { endpoint }',
    );
  }
  const server = regionServers.find((s) => (s.regions as readonly string[]).includes(region));
  if (!server) {
    const known = regionServers.flatMap((s) => s.regions).join(', ');
    throw misuse(CREATE, `unknown region "${region}"`, `Use one of ${known}, or pass { endpoint }`);
  }
  return server.url.replace('{region}', region);
}
