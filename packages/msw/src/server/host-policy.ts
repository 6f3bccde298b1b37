/**
 * Who may talk to `as-lifecycle-mock`. Its `/__mock/` endpoints are unauthenticated, so a web page
 * must not reach them: not by DNS rebinding (a hostile name that resolves to 127.0.0.1, caught by
 * the `Host` check), nor cross-origin (caught by `Sec-Fetch-Site` or `Origin` on every request).
 */

/** Whether a host name (lowercase, no port) is a loopback name: `localhost`, `*.localhost`, 127/8, `[::1]`. */
export function isLoopbackName(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]'
  );
}

/** An address as a `Host` header names it: IPv6 in brackets. */
const asHostName = (address: string) => (address.includes(':') ? `[${address}]` : address);

/** A `Host` value: a name or IPv4 address, or a bracketed IPv6 address, and an optional port. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::\d{1,5})?$/;

/**
 * The host name of a `Host` header value: lowercase, without port or trailing dot; undefined when
 * the value is not a host (`evil.example:80.localhost`, `[::1]junk`).
 */
export function hostnameOf(host: string): string | undefined {
  const name = HOST.exec(host.trim().toLowerCase())?.[1];
  return name?.replace(/\.$/, '');
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
  const names = new Set([
    asHostName(boundAddress),
    ...allowHosts.map((name) => name.toLowerCase()),
  ]);
  return (host) => {
    if (host === undefined) return true;
    const name = hostnameOf(host);
    return name !== undefined && (isLoopbackName(name) || names.has(name));
  };
}

/**
 * Warnings for a server about to serve: bound beyond loopback, answering every `Host`, or letting
 * a page of any origin call the API routes (`--cors-origin *`).
 *
 * @example
 * listeningWarnings('0.0.0.0', []); // ['listening on 0.0.0.0, not loopback: …']
 */
export function listeningWarnings(
  boundAddress: string,
  allowHosts: readonly string[],
  corsOrigins: readonly string[] = [],
): string[] {
  const warnings: string[] = [];
  if (!isLoopbackName(asHostName(boundAddress))) {
    warnings.push(
      `listening on ${boundAddress}, not loopback: anyone who reaches this port can read and change the mock through /__mock/, which has no authentication.`,
    );
  }
  if (allowHosts.includes('*')) {
    warnings.push(
      '--allow-host * answers every Host: a web page can reach the mock by DNS rebinding.',
    );
  }
  if (corsOrigins.includes('*')) {
    warnings.push(
      '--cors-origin * lets a web page of any origin call the API routes and read their answers (not /__mock/).',
    );
  }
  return warnings;
}

/**
 * Whether a request comes from a web page of another origin. Browsers say so in `Sec-Fetch-Site`
 * (`cross-site`, `same-site`); a dev server's proxy forwards its `same-origin` while rewriting
 * `Host` (Vite's `changeOrigin`), so that header is believed when present. Browsers too old to send
 * it are judged by `Origin` against `Host` (`null` counts as another origin). Tools (curl, Node's
 * fetch, the contract suite) send neither and pass. Unless its origin is allowed (`cors.ts`), no
 * such page could read an answer: refusing them keeps a page from using up a test's queued faults
 * or flooding its journal, too.
 */
export function isCrossOrigin(headers: {
  host?: string | undefined;
  origin?: string | undefined;
  'sec-fetch-site'?: string | string[] | undefined;
}): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site === 'cross-site' || site === 'same-site';
  const { origin, host } = headers;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== (host ?? '').toLowerCase();
  } catch {
    return true; // `null` (a sandboxed frame, a file) or garbage
  }
}
