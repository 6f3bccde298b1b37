import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as selected from '#crypto';
import { runs } from '../test/arbitraries';
import type { CryptoBackend } from './crypto-backend';
import * as nodeBackend from './crypto-node';
import * as webBackend from './crypto-web';

const backends: Record<string, CryptoBackend> = { node: nodeBackend, web: webBackend };
const hex = (text: string) =>
  Uint8Array.from(text.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
const bytes = fc.uint8Array({ maxLength: 100 }).map((b) => new Uint8Array(b));
const key = fc.uint8Array({ minLength: 1, maxLength: 100 }).map((b) => new Uint8Array(b));

test('#crypto resolves to the node:crypto backend under the node condition', () => {
  expect(selected.sha256Hex).toBe(nodeBackend.sha256Hex);
  expect(selected.hmacSha256Hex).toBe(nodeBackend.hmacSha256Hex);
  expect(selected.hkdfSha256).toBe(nodeBackend.hkdfSha256);
});

test.each(Object.entries(backends))(
  '%s backend: HMAC-SHA256 of RFC 4231 test case 2',
  async (_, backend) => {
    const mac = await backend.hmacSha256Hex(
      new TextEncoder().encode('Jefe'),
      new TextEncoder().encode('what do ya want for nothing?'),
    );
    expect(mac).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  },
);

test.each(Object.entries(backends))(
  '%s backend: HKDF-SHA256 of RFC 5869 test case 1',
  async (_, backend) => {
    const okm = await backend.hkdfSha256(
      hex('0b'.repeat(22)),
      hex('000102030405060708090a0b0c'),
      hex('f0f1f2f3f4f5f6f7f8f9'),
      42,
    );
    expect(Buffer.from(okm).toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  },
);

test('both backends give the same SHA-256', async () => {
  await fc.assert(
    fc.asyncProperty(bytes, async (data) => {
      expect(await webBackend.sha256Hex(data)).toBe(await nodeBackend.sha256Hex(data));
    }),
    runs,
  );
});

test('both backends give the same HMAC-SHA256', async () => {
  await fc.assert(
    fc.asyncProperty(key, bytes, async (k, data) => {
      expect(await webBackend.hmacSha256Hex(k, data)).toBe(
        await nodeBackend.hmacSha256Hex(k, data),
      );
    }),
    runs,
  );
});

test('both backends give the same HKDF-SHA256', async () => {
  await fc.assert(
    fc.asyncProperty(
      key,
      bytes,
      bytes,
      fc.integer({ min: 1, max: 255 }),
      async (ikm, salt, info, length) => {
        const web = await webBackend.hkdfSha256(ikm, salt, info, length);
        expect(web).toEqual(await nodeBackend.hkdfSha256(ikm, salt, info, length));
        expect(web.length).toBe(length);
      },
    ),
    runs,
  );
});
