/**
 * CORS for `as-lifecycle-mock`, opt-in per origin: `corsOrigins` lets a page of another origin (a
 * dev server on another port) call the API routes; `/__mock/`, unauthenticated, answers another
 * origin only when it is named in `controlCorsOrigins`, never for `'*'`. Origins are compared
 * exactly as a browser serialises them, so `null`, a path, another case, scheme or port is another
 * origin.
 */
import { matchRoute } from '../core/routes';

/** The headers the client and the signer send: token, project, signature, date, security token. */
const API_HEADERS =
  'Content-Type, X-Auth-Token, X-Project-Id, X-Sdk-Date, Authorization, X-Security-Token';

/** How long a browser may keep a preflight's answer, in seconds. */
const MAX_AGE = '600';

/** Which origins a set of routes answers: `allows(origin)` is true for a listed one. */
export interface OriginAllowlist {
  readonly allows: (origin: string | undefined) => boolean;
  /** Whether any origin is listed (responses then vary by `Origin`). */
  readonly any: boolean;
}

/**
 * An origin as a browser serialises it (`http://localhost:5173`: scheme, lowercase host, a port
 * only when not the scheme's default), or undefined for anything else: `null`, a path, userinfo.
 *
 * @example
 * canonicalOrigin('http://LOCALHOST:5173'); // 'http://localhost:5173'
 * canonicalOrigin('null'); // undefined
 */
export function canonicalOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/' || /[/?#]$/.test(text)) return undefined;
  return url.origin;
}

/**
 * The allowlist for an option: exact origins, and `'*'` (any origin a browser can send, never
 * `null`) when `wildcard`. Throws a `TypeError` naming the option for anything that is not an origin.
 *
 * @example
 * const api = originAllowlist(['http://localhost:5173'], '--cors-origin', true);
 * api.allows('http://localhost:5173'); // true
 * api.allows('http://localhost:5174'); // false
 */
export function originAllowlist(
  origins: readonly string[],
  option: string,
  wildcard: boolean,
): OriginAllowlist {
  const exact = new Set<string>();
  let everyOrigin = false;
  for (const origin of origins) {
    if (origin === '*') {
      if (!wildcard) {
        throw new TypeError(
          `${option} does not take *: /__mock/ is unauthenticated, so name each origin that may drive it.`,
        );
      }
      everyOrigin = true;
      continue;
    }
    const canonical = canonicalOrigin(origin);
    if (canonical === undefined) {
      throw new TypeError(
        `${option} ${origin.slice(0, 100)} is not an origin: give a scheme, a host and a port, like http://localhost:5173.`,
      );
    }
    exact.add(canonical);
  }
  return {
    any: everyOrigin || exact.size > 0,
    allows: (origin) =>
      origin !== undefined &&
      (exact.has(origin) || (everyOrigin && canonicalOrigin(origin) === origin)),
  };
}

/** The headers of every answer to an allowed origin: it may read the body and the request id. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'X-Request-Id',
    vary: 'Origin',
  };
}

/** A preflight's answer: 204 with what may be sent, or a refusal the browser will not pass. */
export type PreflightAnswer =
  | { status: 204; headers: Record<string, string> }
  | { status: 403 | 404; code: 'MOCK.FORBIDDEN' | 'MOCK.NOT_FOUND'; message: string };

/** The methods the control plane takes. */
const CONTROL_METHODS = ['GET', 'POST'];

/**
 * Answers a preflight (`OPTIONS` with `Access-Control-Request-Method`) from an allowed origin:
 * the methods the route takes, or a refusal when it does not take the one asked for.
 *
 * @example
 * preflight('http://localhost:5173', '/autoscaling-api/v1/p/scaling_instance_hook/g/list', 'GET');
 * // { status: 204, headers: { 'access-control-allow-methods': 'GET', … } }
 */
export function preflight(origin: string, target: string, method: string): PreflightAnswer {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  const control = path.startsWith('/__mock/');
  let methods = CONTROL_METHODS;
  if (!control) {
    const route = matchRoute('OPTIONS', path);
    if (!('allow' in route))
      return {
        status: 404,
        code: 'MOCK.NOT_FOUND',
        message: `No route matches ${path.slice(0, 200)}.`,
      };
    methods = route.allow;
  }
  if (!methods.includes(method)) {
    return {
      status: 403,
      code: 'MOCK.FORBIDDEN',
      message: `The preflight asks for ${method.slice(0, 20)}; this route takes ${methods.join(', ')}.`,
    };
  }
  return {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': control ? 'Content-Type' : API_HEADERS,
      'access-control-max-age': MAX_AGE,
    },
  };
}

/** The two allowlists of a server: the API routes' and the control plane's. */
export interface CorsPolicy {
  readonly api: OriginAllowlist;
  readonly control: OriginAllowlist;
}

/**
 * The policy of `createMockServer`'s `corsOrigins` and `controlCorsOrigins`; throws a `TypeError`
 * for an entry that is not an origin, or for `'*'` on the control plane.
 *
 * @example
 * const policy = corsPolicy({ corsOrigins: ['http://localhost:5173'] });
 * policy.control.allows('http://localhost:5173'); // false
 */
export function corsPolicy(options: {
  corsOrigins?: readonly string[] | undefined;
  controlCorsOrigins?: readonly string[] | undefined;
}): CorsPolicy {
  return {
    api: originAllowlist(options.corsOrigins ?? [], '--cors-origin', true),
    control: originAllowlist(options.controlCorsOrigins ?? [], '--control-cors-origin', false),
  };
}

/**
 * Why a cross-origin request is refused, naming the flag that would allow its origin, or undefined
 * when its origin is allowed for that part of the server.
 */
export function crossOriginRefusal(
  policy: CorsPolicy,
  control: boolean,
  origin: string | undefined,
): string | undefined {
  if ((control ? policy.control : policy.api).allows(origin)) return undefined;
  const named = origin !== undefined && canonicalOrigin(origin) === origin ? origin : 'ORIGIN';
  return control
    ? `requests from a web page of another origin are refused on /__mock/, which is unauthenticated: start the mock with --control-cors-origin ${named} to let that origin drive it.`
    : `requests from a web page of another origin are refused: start the mock with --cors-origin ${named} to let that origin call the API routes.`;
}
