import { connect } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scenario } from '../../test/fixtures';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from './create-mock-server';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer(createLifecycleMock({ scenario }), {
    port: 0,
    requestTimeoutMs: 500,
  });
});
afterAll(() => server.close());

test('a client that never finishes its request is cut off, and others are still served', async () => {
  const { port } = new URL(server.url);
  const socket = connect(Number(port), '127.0.0.1');
  socket.on('error', () => undefined);
  let answer = '';
  socket.on('data', (chunk: Buffer) => {
    answer += chunk.toString();
  });
  socket.write(
    'PUT /autoscaling-api/v1/p/scaling_instance_hook/g/callback HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"lifecycle',
  );
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 20_000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  expect(closed).toBe(true);
  expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  expect((await fetch(`${server.url}/__mock/clock`)).status).toBe(200);
}, 30_000);
