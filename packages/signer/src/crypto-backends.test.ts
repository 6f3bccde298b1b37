// Both hash backends, side by side with node:crypto on Buffers as the reference: every function
// that production calls, fed each input form it takes (a string for its UTF-8, a Uint8Array that
// views part of a larger buffer, an ArrayBuffer), gives the reference's answer.
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as selected from '#crypto';
import { runs } from '../test/arbitraries';
import type { CryptoBackend, Data } from './crypto-backend';
import * as nodeBackend from './crypto-node';
import * as webBackend from './crypto-web';

// Each module, as a whole, is a CryptoBackend: none lacks a function production calls.
const backends = Object.entries<CryptoBackend>({ node: nodeBackend, web: webBackend });

test('#crypto is node:crypto in the node project and Web Crypto in the web project', () => {
  const expected = process.env.SIGNER_CRYPTO === 'web' ? webBackend : nodeBackend;
  expect(selected.sha256Hex).toBe(expected.sha256Hex);
  expect(selected.hmacSha256).toBe(expected.hmacSha256);
  expect(selected.toHex).toBe(expected.toHex);
});

/** Some text, and its UTF-8 as each of the other input forms. */
const inputForms = fc
  .tuple(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.uint8Array({ maxLength: 9 }),
    fc.uint8Array({ maxLength: 9 }),
  )
  .map(([text, before, after]): [string, Data][] => {
    const bytes = new TextEncoder().encode(text);
    const buffer = new Uint8Array([...before, ...bytes, ...after]);
    return [
      ['string', text],
      ['Uint8Array', buffer.subarray(before.length, before.length + bytes.length)],
      ['ArrayBuffer', bytes.slice().buffer],
    ];
  });
const nonEmpty = inputForms.filter((forms) => forms[0]?.[1] !== '');
const utf8 = (text: string) => Buffer.from(new TextEncoder().encode(text));

test.each(backends)('%s backend: HMAC-SHA256 of RFC 4231 test case 2', async (_, backend) => {
  const mac = await backend.hmacSha256('Jefe', 'what do ya want for nothing?');
  expect(backend.toHex(mac)).toBe(
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  );
});

test.each(backends)('%s backend: toHex of every input form', async (_, backend) => {
  fc.assert(
    fc.property(inputForms, (forms) => {
      const text = forms[0]?.[1] as string;
      for (const [, data] of forms) expect(backend.toHex(data)).toBe(utf8(text).toString('hex'));
    }),
    runs,
  );
});

test.each(backends)('%s backend: SHA-256 of every input form', async (_, backend) => {
  await fc.assert(
    fc.asyncProperty(inputForms, async (forms) => {
      const text = forms[0]?.[1] as string;
      const reference = createHash('sha256').update(utf8(text)).digest('hex');
      for (const [, data] of forms) expect(await backend.sha256Hex(data)).toBe(reference);
    }),
    runs,
  );
});

test.each(backends)(
  '%s backend: HMAC-SHA256 of every input form, key and data',
  async (_, backend) => {
    await fc.assert(
      fc.asyncProperty(nonEmpty, inputForms, async (keys, datas) => {
        const [key, data] = [keys[0]?.[1] as string, datas[0]?.[1] as string];
        const reference = createHmac('sha256', utf8(key)).update(utf8(data)).digest('hex');
        for (const [, k] of keys) {
          for (const [, d] of datas) {
            expect(backend.toHex(await backend.hmacSha256(k, d))).toBe(reference);
          }
        }
      }),
      { ...runs, numRuns: 100 },
    );
  },
);

test.each(backends)(
  '%s backend: an HMAC it returns is a key and hex it takes',
  async (_, backend) => {
    const mac = await backend.hmacSha256('key', 'data');
    const reference = createHmac('sha256', 'key').update('data').digest();
    expect(backend.toHex(mac)).toBe(reference.toString('hex'));
    expect(backend.toHex(await backend.hmacSha256(mac, 'more'))).toBe(
      createHmac('sha256', reference).update('more').digest('hex'),
    );
  },
);
