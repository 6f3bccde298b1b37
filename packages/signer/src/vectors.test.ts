// The published vectors of the reference (huawei-as-lifecycle.md §4), reproduced exactly, with
// whichever backend `#crypto` resolves to (vitest.config.ts runs this file with both).
import { expect, test } from 'vitest';
import { sha256Hex } from '#crypto';
import { canonicalQuery, canonicalRequest, sign } from './index';

const credentials = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
const date = new Date('2006-01-02T15:04:05Z');
const v11 = { algorithm: 'V11-HMAC-SHA256', region: 'test-region-1', service: 'demo' } as const;
const get = { method: 'GET', url: 'https://service.example.com/path?limit=1' };
const post = {
  method: 'POST',
  url: 'https://service.example.com/path?key=value',
  body: '{"Name":"test","Id":1}\n',
};

function signatureOf(authorization: string | undefined): string | undefined {
  return /Signature=([0-9a-f]+)$/.exec(authorization ?? '')?.[1];
}

test('SDK-HMAC-SHA256 GET vector', async () => {
  const added = await sign(get, { credentials, date, signedHeaders: ['x-sdk-date'] });
  expect(added).toEqual({
    'X-Sdk-Date': '20060102T150405Z',
    Authorization:
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
  });
});

test('SDK-HMAC-SHA256 POST vector (body ending in one newline)', async () => {
  const added = await sign(post, { credentials, date, signedHeaders: ['x-sdk-date'] });
  expect(signatureOf(added.Authorization)).toBe(
    'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
  );
});

test('V11-HMAC-SHA256 GET vector', async () => {
  const added = await sign(get, { credentials, date, signedHeaders: [], ...v11 });
  expect(added.Authorization).toBe(
    'V11-HMAC-SHA256 Credential=AccessKey/20060102/test-region-1/demo, SignedHeaders=x-sdk-date, Signature=8fd3610508884bb19718317797c7378716a94bc740d97502e569322e366341cc',
  );
});

test('V11-HMAC-SHA256 POST vector', async () => {
  const added = await sign(post, { credentials, date, signedHeaders: [], ...v11 });
  expect(signatureOf(added.Authorization)).toBe(
    '4112f88b92d82dd1e1b7dd142f1e99e4f1762c42ca8fe0968b3045120870a903',
  );
});

const queryVector =
  'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Fas%2Fhooks&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29';
const queryEntries: [string, string][] = [
  ['limit', '1'],
  ['enable', 'true'],
  ['test', '一 (&=?!#%.*)'],
  ['path', '/as/hooks'],
  ['multi', '3'],
  ['multi', '1'],
  ['multi', '2'],
];

test('query canonicalisation vector, from URLSearchParams', () => {
  expect(canonicalQuery(new URLSearchParams(queryEntries))).toBe(queryVector);
});

test('query canonicalisation vector, from the query string a URL carries', () => {
  const url = new URL('https://service.example.com/path');
  for (const [key, value] of queryEntries) url.searchParams.append(key, value);
  expect(canonicalQuery(url.search)).toBe(queryVector);
});

const guide = {
  method: 'GET',
  url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
  headers: {
    'Content-Type': 'application/json',
    Host: 'service.region.example.com',
    'X-Sdk-Date': '20191115T033655Z',
  },
};
const guideCredentials = {
  accessKey: 'QTWAOYTTINDUT2QVKYUC',
  secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
};

test("signing guide example: the canonical request's hash", async () => {
  const canonical = canonicalRequest({
    ...guide,
    signedHeaders: ['content-type', 'host', 'x-sdk-date'],
    payloadHash: await sha256Hex(new Uint8Array(0)),
  });
  expect(await sha256Hex(new TextEncoder().encode(canonical))).toBe(
    'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
  );
});

test('signing guide example: the signature', async () => {
  const added = await sign(guide, {
    credentials: guideCredentials,
    date: new Date('2019-11-15T03:36:55Z'),
  });
  expect(added.Authorization).toBe(
    'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
  );
});
