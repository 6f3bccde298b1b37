/**
 * What the console talks to: the API's base URL, the project, an IAM token, the groups to offer,
 * and how often to refresh. From `console-config.json` beside the page (what `pnpm demo` writes),
 * overridden by the page's query (`?project=…&groups=a,b`, and `?endpoint=` on the page's own
 * origin only).
 */

export interface ConsoleConfig {
  /** Base URL of the API: a region endpoint, a proxy, as-lifecycle-mock. */
  endpoint: string;
  projectId: string;
  /** An IAM token (`X-Auth-Token`); the mock accepts any unless started with `--auth token`. */
  token: string;
  /** Scaling groups offered in the picker (the API has no call that lists groups). */
  groups: string[];
  /** How often the lists refresh themselves. */
  refreshMs: number;
  /** Per request. */
  timeoutMs: number;
}

/** The defaults: this page's origin as the endpoint (a proxy in front of the API). */
export const defaultConfig = (origin: string): ConsoleConfig => ({
  endpoint: origin,
  projectId: '',
  token: 'console-token',
  groups: [],
  refreshMs: 5000,
  timeoutMs: 10_000,
});

/** The config from a JSON file's content and a query string, over the defaults. */
export function resolveConfig(origin: string, file: unknown, search: string): ConsoleConfig {
  const config = { ...defaultConfig(origin) };
  if (typeof file === 'object' && file !== null) {
    const given = file as Partial<Record<keyof ConsoleConfig, unknown>>;
    if (typeof given.endpoint === 'string') config.endpoint = given.endpoint;
    if (typeof given.projectId === 'string') config.projectId = given.projectId;
    if (typeof given.token === 'string') config.token = given.token;
    if (Array.isArray(given.groups))
      config.groups = given.groups.filter((g) => typeof g === 'string');
    if (typeof given.refreshMs === 'number' && given.refreshMs > 0)
      config.refreshMs = given.refreshMs;
    if (typeof given.timeoutMs === 'number' && given.timeoutMs > 0)
      config.timeoutMs = given.timeoutMs;
  }
  const query = new URLSearchParams(search);
  // Only an endpoint on this page's origin (a path behind its proxy) from the address: a link must
  // not be able to send the configured token to another host.
  const endpoint = query.get('endpoint');
  if (
    endpoint !== null &&
    URL.canParse(endpoint, origin) &&
    new URL(endpoint, origin).origin === origin
  ) {
    config.endpoint = new URL(endpoint, origin).href.replace(/\/+$/, '');
  }
  config.projectId = query.get('project') ?? config.projectId;
  const groups = query.get('groups');
  if (groups) config.groups = groups.split(',').filter(Boolean);
  return config;
}
