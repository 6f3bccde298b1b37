/**
 * Who may talk to `as-lifecycle-mock`. Its `/__mock/` endpoints are unauthenticated, so a web page
 * must not reach them: not by DNS rebinding (a hostile name that resolves to 127.0.0.1, caught by
 * the `Host` check), nor cross-origin (caught by `Origin` and `Sec-Fetch-Site` on control requests).
 */

/** Whether a host name (lowercase, no port) is a loopback name: `localhost`, `*.localhost`, 127/8, `[::1]`. */
export function isLoopbackName(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]' ||
    hostname === '::1'
  );
}

/** The host name of a `Host` header value: lowercase, without port or trailing dot. */
export function hostnameOf(host: string): string {
  const value = host.trim().toLowerCase();
  const name = value.startsWith('[')
    ? value.slice(0, value.indexOf(']') + 1)
    : value.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/**
 * The `Host` check: loopback names, the address the server is bound to, and the names the user
 * allowed (`'*'` allows every name). A request without `Host` (HTTP/1.0) passes: no browser sends one.
 *
 * @example
 * const allowed = hostPolicy('127.0.0.1', ['mock.test']);
 * allowed('evil.example:4010'); // false
 */
export function hostPolicy(
  boundAddress: string,
  allowHosts: readonly string[] = [],
): (host: string | undefined) => boolean {
  if (allowHosts.includes('*')) return () => true;
  const bound = boundAddress.includes(':') ? `[${boundAddress}]` : boundAddress;
  const names = new Set([bound, ...allowHosts.map(hostnameOf)]);
  return (host) => {
    if (host === undefined) return true;
    const name = hostnameOf(host);
    return isLoopbackName(name) || names.has(name);
  };
}

/**
 * Whether a control request comes from a web page of another origin: an `Origin` that is not the
 * server's own (`null` included), or `Sec-Fetch-Site` saying `cross-site` or `same-site`. Requests
 * from tools (curl, Node's fetch, the contract suite) carry neither and pass.
 */
export function isCrossOrigin(headers: {
  host?: string | undefined;
  origin?: string | undefined;
  'sec-fetch-site'?: string | string[] | undefined;
}): boolean {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const { origin, host } = headers;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== (host ?? '').toLowerCase();
  } catch {
    return true; // `null` (a sandboxed frame, a file) or garbage
  }
}
