// The hostile-server tests assert that a server received nothing: that only means something if
// the loopback servers record every request that does reach them.
import { request } from 'node:http';
import { expect, test } from 'vitest';
import { endless, loopback, rawLoopback } from './loopback';

test('a loopback server records each request that reaches it, headers included', async () => {
  const server = await loopback((_, response) => response.writeHead(204).end());
  const answer = await fetch(`${server.url}/a?b=1`, {
    method: 'PUT',
    headers: { 'x-auth-token': 't' },
  });
  expect(answer.status).toBe(204);
  expect(server.received).toEqual([
    expect.objectContaining({
      method: 'PUT',
      url: '/a?b=1',
      headers: expect.objectContaining({ 'x-auth-token': 't' }),
    }),
  ]);
});

test('a raw loopback answers bytes that are not HTTP, which fetch refuses', async () => {
  const url = await rawLoopback('SSH-2.0-OpenSSH_9.6\r\n\r\n');
  await expect(fetch(url)).rejects.toThrow(TypeError);
});

test('an endless body stops at its limit, and says how much it wrote', async () => {
  let written = () => 0;
  const server = await loopback((_, response) => {
    written = endless(response, 200, 256 * 1024).written;
  });
  const bytes = await new Promise<number>((resolve, reject) => {
    request(server.url, (response) => {
      let total = 0;
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
      });
      response.on('end', () => resolve(total));
    })
      .on('error', reject)
      .end();
  });
  expect(bytes).toBe(256 * 1024);
  expect(written()).toBe(256 * 1024);
});
