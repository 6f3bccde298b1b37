/**
 * `as-lifecycle-mock` over real HTTP: a `node:http` server that hands each request straight to the
 * emulator's `handle` (no MSW, no `Request`/`Response` objects), plus the `/__mock/` control
 * endpoints. Bodies over 1 MiB get 413; slow clients get 408; a `Host` that is not loopback, the
 * bound address or an allowed name gets 403, and so does a request from a web page of another
 * origin unless `corsOrigins` (API routes) or `controlCorsOrigins` (`/__mock/`) names it; an unexpected failure answers 500 AS.0001 without stopping the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody, newRequestId } from '../core/responses';
import type { LifecycleMock } from '../create-lifecycle-mock';
import { control } from './control';
import { type CorsPolicy, corsHeaders, corsPolicy, crossOriginRefusal, preflight } from './cors';
import { hostnameOf, hostPolicy, isCrossOrigin } from './host-policy';

/** Request bodies above this get 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** How long a client may take to send a whole request. Default 10 s. */
  requestTimeoutMs?: number;
  /**
   * Host names to answer besides loopback names and the bound address (`'*'`: any), for a mock
   * reached through a container or another machine's name. Every other `Host` gets 403, so that
   * a web page cannot reach the mock by DNS rebinding.
   */
  allowHosts?: readonly string[];
  /**
   * Origins whose web pages may call the API routes (CORS), exactly as a browser sends them
   * (`http://localhost:5173`), or `'*'` for any. Default none: a request from a page of another
   * origin gets 403. The `/__mock/` routes are not opened by this.
   */
  corsOrigins?: readonly string[];
  /**
   * Origins whose web pages may also call the unauthenticated `/__mock/` routes (CORS); exact
   * origins only, never `'*'`. Default none.
   */
  controlCorsOrigins?: readonly string[];
}

export interface MockServer {
  /** The base URL, e.g. `http://127.0.0.1:4010`, once listening. */
  readonly url: string;
  readonly server: Server;
  /** Stops accepting connections and closes the open ones. */
  close(): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

/** A JSON answer with its own request id; `close` ends the connection once it is sent. */
function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  close = false,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...headers,
    ...JSON_HEADERS,
    'x-request-id': newRequestId(),
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(JSON.stringify(body));
}

/**
 * Reads the body as text, or answers 413 (with `headers`: CORS for an allowed page) and resolves
 * undefined when it is too large.
 */
function readBody(
  request: IncomingMessage,
  response: ServerResponse,
  headers: Record<string, string>,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    const tooLarge = () => {
      // Answer, then drop the connection: reading the rest would let one client stream forever.
      sendJson(
        response,
        413,
        errorBody('AS.0022', {
          message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        }),
        true,
        headers,
      );
      response.once('finish', () => request.socket.destroy());
      resolve(undefined);
    };
    if (declared > MAX_BODY_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!done)
        resolve(
          chunks.length === 1
            ? (chunks[0] as Buffer).toString('utf8')
            : Buffer.concat(chunks).toString('utf8'),
        );
    });
    request.on('error', () => {
      done = true;
      resolve(undefined);
    });
  });
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

const forbidden = (message: string) => errorBody('MOCK.FORBIDDEN', { message });

/** What a server allows: the `Host` check and the CORS allowlists. */
interface Policy {
  hosts: (host: string | undefined) => boolean;
  cors: CorsPolicy;
}

/**
 * The CORS headers a page needs to read an answer, known from the request line and headers alone
 * (so that a 413, sent before the body is read, is readable too): only for an allowed origin on an
 * allowed `Host`.
 */
function readableBy(policy: Policy, request: IncomingMessage): Record<string, string> {
  const { origin, host } = request.headers;
  if (origin === undefined || !isCrossOrigin(request.headers) || !policy.hosts(host)) return {};
  const toControl = (request.url ?? '/').startsWith('/__mock/');
  return crossOriginRefusal(policy.cors, toControl, origin) === undefined
    ? corsHeaders(origin)
    : {};
}

async function serve(
  mock: LifecycleMock,
  policy: Policy,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const body = await readBody(request, response, readableBy(policy, request));
  if (body === undefined) return;
  const { host } = request.headers;
  if (!policy.hosts(host)) {
    const name = (hostnameOf(host ?? '') ?? 'that is not a host name').slice(0, 100);
    sendJson(
      response,
      403,
      forbidden(
        `Host "${name}" is not allowed: as-lifecycle-mock answers loopback names and the address it is bound to, so that no web page can reach it by DNS rebinding. Start it with --allow-host ${name} to answer that name.`,
      ),
    );
    return;
  }
  const method = request.method ?? 'GET';
  const url = request.url ?? '/';
  const toControl = url.startsWith('/__mock/');
  if ((toControl ? policy.cors.control : policy.cors.api).any) response.setHeader('vary', 'Origin');
  if (isCrossOrigin(request.headers)) {
    const { origin } = request.headers;
    const refusal = crossOriginRefusal(policy.cors, toControl, origin);
    if (refusal !== undefined || origin === undefined) {
      sendJson(response, 403, forbidden(refusal ?? ''));
      return;
    }
    const asked = request.headers['access-control-request-method'];
    if (method === 'OPTIONS' && asked !== undefined) {
      const answer = preflight(origin, url, asked);
      if (answer.status === 204) response.writeHead(204, answer.headers).end();
      else sendJson(response, answer.status, errorBody(answer.code, { message: answer.message }));
      return;
    }
    for (const [name, value] of Object.entries(corsHeaders(origin)))
      response.setHeader(name, value);
  }
  // The control plane is reached only by its own origin-form path, taken as sent: a target is never
  // normalised first, so that no dot segment (`/autoscaling-api/../__mock/…`) leads into it.
  if (toControl) {
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const answer = control(mock, method, path, body, request.headers['content-type']);
    sendJson(response, answer.status, answer.body);
    return;
  }
  const answer = await mock.handle({ method, url, headers: headersOf(request), body });
  if (answer.networkError) {
    request.socket.destroy();
    return;
  }
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

/**
 * Serves a mock over HTTP on loopback.
 *
 * @example
 * const mock = createLifecycleMock({ scenario, clock: 'virtual' });
 * const server = await createMockServer(mock, { port: 0 });
 * await fetch(`${server.url}/__mock/state`);
 * await server.close();
 */
export async function createMockServer(
  mock: LifecycleMock,
  options: MockServerOptions = {},
): Promise<MockServer> {
  const requestTimeout = options.requestTimeoutMs ?? 10_000;
  const cors = corsPolicy(options);
  // Known once listening: the policy names the address the server is bound to.
  const policy: Policy = { hosts: () => false, cors };
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(5_000, requestTimeout),
      // How often Node looks for clients past those limits (its default is every 30 s).
      connectionsCheckingInterval: Math.min(1_000, requestTimeout),
    },
    (request, response) => {
      serve(mock, policy, request, response).catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        sendJson(response, 500, errorBody('AS.0001', { message: `System error: ${message}` }));
      });
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  policy.hosts = hostPolicy(address.address, options.allowHosts);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
