import { expect, test } from 'vitest';
import { sign } from './index';

const credentials = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
const date = new Date('2006-01-02T15:04:05Z');
const url = 'https://as.example.com/v1/hooks?limit=1';

function signedHeadersOf(authorization: string | undefined): string | undefined {
  return /SignedHeaders=([^,]+),/.exec(authorization ?? '')?.[1];
}

test('returns X-Sdk-Date and Authorization, and never Host', async () => {
  const added = await sign({ method: 'GET', url }, { credentials, date });
  expect(Object.keys(added)).toEqual(['X-Sdk-Date', 'Authorization']);
  expect(added['X-Sdk-Date']).toBe('20060102T150405Z');
});

test('signs host from the URL by default', async () => {
  const added = await sign({ method: 'GET', url }, { credentials, date });
  expect(signedHeadersOf(added.Authorization)).toBe('host;x-sdk-date');
});

test("signs the input's host header instead of the URL's when there is one", async () => {
  const fromUrl = await sign({ method: 'GET', url }, { credentials, date });
  const fromHeader = await sign(
    {
      method: 'GET',
      url: 'https://other.example.com/v1/hooks?limit=1',
      headers: { Host: 'as.example.com' },
    },
    { credentials, date },
  );
  expect(fromHeader.Authorization).toBe(fromUrl.Authorization);
});

test('signs every input header by default, lowercased and sorted', async () => {
  const headers = { 'X-B': '2', 'content-Type': 'application/json', 'X-a': '1' };
  const added = await sign({ method: 'GET', url, headers }, { credentials, date });
  expect(signedHeadersOf(added.Authorization)).toBe('content-type;host;x-a;x-b;x-sdk-date');
});

test('adds and signs X-Project-Id and X-Security-Token', async () => {
  const added = await sign(
    { method: 'GET', url },
    { credentials: { ...credentials, securityToken: 'token' }, projectId: 'p1', date },
  );
  expect(added).toMatchObject({ 'X-Security-Token': 'token', 'X-Project-Id': 'p1' });
  expect(signedHeadersOf(added.Authorization)).toBe(
    'host;x-project-id;x-sdk-date;x-security-token',
  );
});

test('unsignedPayload sends UNSIGNED-PAYLOAD and signs it instead of the body', async () => {
  const options = { credentials, date, unsignedPayload: true };
  const a = await sign({ method: 'POST', url, body: 'one' }, options);
  const b = await sign({ method: 'POST', url, body: 'two' }, options);
  expect(a['X-Sdk-Content-Sha256']).toBe('UNSIGNED-PAYLOAD');
  expect(a.Authorization).toBe(b.Authorization);
});

test('an input X-Sdk-Content-Sha256 replaces the body hash and is always signed', async () => {
  const headers = { 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' };
  const added = await sign(
    { method: 'POST', url, headers, body: 'x' },
    { credentials, date, signedHeaders: [] },
  );
  expect(signedHeadersOf(added.Authorization)).toBe('x-sdk-content-sha256;x-sdk-date');
});

test('signedHeaders chooses what is signed; x-sdk-date is always among them', async () => {
  const headers = { 'Content-Type': 'application/json', 'X-Extra': '1' };
  const added = await sign(
    { method: 'GET', url, headers },
    { credentials, date, signedHeaders: ['Content-Type'] },
  );
  expect(signedHeadersOf(added.Authorization)).toBe('content-type;x-sdk-date');
});

test('the body is hashed as bytes, whatever its type', async () => {
  const text = '{"name":"中"}';
  const bytes = new TextEncoder().encode(text);
  const results = await Promise.all(
    [text, bytes, bytes.slice().buffer].map((body) =>
      sign({ method: 'POST', url, body }, { credentials, date }),
    ),
  );
  expect(new Set(results.map((r) => r.Authorization)).size).toBe(1);
});

// 16 bytes of JSON, so that every typed array can view them whole.
const json = '{"key":"中文"}';
const jsonBytes = new TextEncoder().encode(json);

// The bytes at byteOffset 8 of a larger buffer whose other bytes are not the body's.
function atOffset(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = new Uint8Array(bytes.length + 16).fill(0xff);
  buffer.set(bytes, 8);
  return buffer.subarray(8, 8 + bytes.length);
}

const views: [string, ArrayBufferView][] = [
  ['a Uint8Array at an offset', atOffset(jsonBytes)],
  ['a DataView at an offset', new DataView(atOffset(jsonBytes).buffer, 8, jsonBytes.length)],
  ['a Uint16Array', new Uint16Array(atOffset(jsonBytes).buffer, 8, jsonBytes.length / 2)],
  ['a Float64Array', new Float64Array(atOffset(jsonBytes).buffer, 8, jsonBytes.length / 8)],
  ['an Int8Array', new Int8Array(atOffset(jsonBytes).buffer, 8, jsonBytes.length)],
  ['a Node Buffer', Buffer.from(json)],
];

test.each(views)('any ArrayBufferView is hashed as the bytes it views: %s', async (_, body) => {
  const expected = await sign({ method: 'POST', url, body: json }, { credentials, date });
  const added = await sign({ method: 'POST', url, body }, { credentials, date });
  expect(added.Authorization).toBe(expected.Authorization);
});

const notBytes: [string, unknown][] = [
  ['a Blob', new Blob([json])],
  ['a plain object', { key: '中文' }],
  ['an array of numbers', [...jsonBytes]],
  ['a URLSearchParams', new URLSearchParams('key=1')],
  ['a ReadableStream', new ReadableStream()],
  ['a number', 42],
];

test.each(notBytes)(
  'a body that is not bytes throws instead of signing no bytes: %s',
  async (_, body) => {
    const input = { method: 'POST', url, body: body as string };
    await expect(sign(input, { credentials, date })).rejects.toThrow(
      /^Failed to sign the request: input\.body is not a string, ArrayBuffer or typed array\. [A-Z].+\.$/,
    );
  },
);

test('headers given as an object, a Headers or pairs sign the same', async () => {
  const pairs: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['X-A', ' 1 '],
  ];
  const results = await Promise.all(
    [Object.fromEntries(pairs), new Headers(pairs), pairs].map((headers) =>
      sign({ method: 'GET', url, headers }, { credentials, date }),
    ),
  );
  expect(new Set(results.map((r) => r.Authorization)).size).toBe(1);
});

test('the method is signed as fetch sends it: get as GET, patch as patch', async () => {
  const signed = async (method: string) =>
    (await sign({ method, url }, { credentials, date })).Authorization;
  expect(await signed('get')).toBe(await signed('GET'));
  expect(await signed('patch')).not.toBe(await signed('PATCH'));
});

test('the date defaults to now', async () => {
  const before = Date.now();
  const added = await sign({ method: 'GET', url }, { credentials });
  const stamp = added['X-Sdk-Date'] ?? '';
  const signedAt = Date.parse(
    stamp.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'),
  );
  expect(signedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  expect(signedAt).toBeLessThanOrEqual(Date.now());
});

test.each<[string, Parameters<typeof sign>, string]>([
  [
    'V11 without region',
    [
      { method: 'GET', url },
      { credentials, algorithm: 'V11-HMAC-SHA256', service: 'as' },
    ],
    'options.region',
  ],
  [
    'V11 without service',
    [
      { method: 'GET', url },
      { credentials, algorithm: 'V11-HMAC-SHA256', region: 'r' },
    ],
    'options.service',
  ],
  ['a relative URL', [{ method: 'GET', url: '/v1/hooks' }, { credentials }], 'not an absolute URL'],
  [
    'an empty access key',
    [{ method: 'GET', url }, { credentials: { ...credentials, accessKey: '' } }],
    'accessKey is empty',
  ],
  [
    'an empty secret key',
    [{ method: 'GET', url }, { credentials: { ...credentials, secretKey: '' } }],
    'secretKey is empty',
  ],
  [
    'an access key with a space',
    [{ method: 'GET', url }, { credentials: { ...credentials, accessKey: 'A K' } }],
    'whitespace',
  ],
  [
    'an invalid date',
    [
      { method: 'GET', url },
      { credentials, date: new Date(Number.NaN) },
    ],
    'options.date',
  ],
  ['an empty method', [{ method: '', url }, { credentials }], 'input.method'],
  [
    'a signed header the request lacks',
    [
      { method: 'GET', url },
      { credentials, signedHeaders: ['x-missing'] },
    ],
    '"x-missing"',
  ],
  [
    'authorization as a signed header',
    [
      { method: 'GET', url },
      { credentials, signedHeaders: ['authorization'] },
    ],
    '"authorization"',
  ],
  [
    'an unknown algorithm',
    [
      { method: 'GET', url },
      { credentials, algorithm: 'HMAC' as 'SDK-HMAC-SHA256' },
    ],
    'options.algorithm',
  ],
  [
    'an empty project id',
    [
      { method: 'GET', url },
      { credentials, projectId: '' },
    ],
    'options.projectId',
  ],
])('misuse throws "Failed to sign the request: <why>. <how to fix>.": %s', async (_, args, why) => {
  const error = await sign(...args).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(/^Failed to sign the request: .+\. [A-Z].+\.$/);
  expect((error as Error).message).toContain(why);
});
