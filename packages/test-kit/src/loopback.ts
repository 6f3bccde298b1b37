/** Real servers on 127.0.0.1 for the hostile-server tests: each records what reached it. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

/** An HTTP server answering with `handler`, closed when the test ends; it records every request. */
export async function loopback(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    received.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, received };
}

/** A TCP server that writes `reply` to every connection as raw bytes: garbage, not HTTP. */
export async function rawLoopback(reply: string) {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.end(reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Writes 64 KiB chunks for as long as the client reads (respecting backpressure), up to `limit`
 * bytes; `written()` tells how many went out before the client stopped reading.
 */
export function endless(response: ServerResponse, status = 200, limit = Number.POSITIVE_INFINITY) {
  const chunk = Buffer.alloc(64 * 1024, 0x5b); // '[' over and over: never valid JSON
  let written = 0;
  response.writeHead(status, { 'content-type': 'application/json' });
  const pump = () => {
    while (!response.destroyed && written < limit) {
      written += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    if (!response.destroyed) response.end();
  };
  response.on('error', () => undefined);
  pump();
  return { written: () => written };
}
