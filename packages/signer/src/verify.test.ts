import { expect, test } from 'vitest';
import { formatAuthorization } from './authorization';
import {
  canonicalRequest,
  type HeadersInput,
  type SignInput,
  sign,
  type VerifyOptions,
  verify,
} from './index';
import { signCanonical } from './signature';

const credentials = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
const date = new Date('2006-01-02T15:04:05Z');
const options: VerifyOptions = {
  secretKeyFor: (ak) => (ak === 'AccessKey' ? 'SecretKey' : undefined),
  now: date,
};
const url = 'https://as.example.com/v1/hooks?limit=1';
const v11 = { algorithm: 'V11-HMAC-SHA256', region: 'test-region-1', service: 'demo' } as const;

async function signed(
  input: Partial<SignInput> = {},
  extra: object = {},
): Promise<SignInput & { headers: Headers }> {
  const request = { method: 'POST', url, body: '{"a":1}', ...input };
  const headers = new Headers(request.headers as HeadersInit);
  const added = await sign(request, { credentials, date, ...extra });
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return { ...request, headers };
}

function withAuthorization(request: SignInput & { headers: Headers }, value: string) {
  request.headers.set('authorization', value);
  return request;
}

test('a signed request is valid, with who signed it and what', async () => {
  expect(await verify(await signed(), options)).toEqual({
    valid: true,
    accessKey: 'AccessKey',
    algorithm: 'SDK-HMAC-SHA256',
    signedHeaders: ['host', 'x-sdk-date'],
  });
});

test('a V11 request is valid, its region and service taken from the Credential', async () => {
  expect(await verify(await signed({}, v11), options)).toMatchObject({
    valid: true,
    algorithm: 'V11-HMAC-SHA256',
  });
});

test('no Authorization header fails with missing-authorization', async () => {
  const request = await signed();
  request.headers.delete('authorization');
  expect(await verify(request, options)).toMatchObject({ reason: 'missing-authorization' });
});

test.each(['Bearer abc', 'AWS4-HMAC-SHA256 Credential=a/b', 'sdk-hmac-sha256 Access=a'])(
  'another scheme fails with unsupported-algorithm: %s',
  async (value) => {
    const result = await verify(withAuthorization(await signed(), value), options);
    expect(result).toMatchObject({ reason: 'unsupported-algorithm' });
  },
);

const sig = 'a'.repeat(64);
test.each([
  'SDK-HMAC-SHA256',
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date`,
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=${sig}, Extra=1`,
  `SDK-HMAC-SHA256 Access=AccessKey, Access=B, SignedHeaders=x-sdk-date, Signature=${sig}`,
  `SDK-HMAC-SHA256 Access=, SignedHeaders=x-sdk-date, Signature=${sig}`,
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=X-Sdk-Date, Signature=${sig}`,
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date;x-sdk-date, Signature=${sig}`,
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=xyz`,
  `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host, Signature=${sig}`,
  `V11-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=${sig}`,
  `V11-HMAC-SHA256 Credential=AccessKey/20060102/r, SignedHeaders=x-sdk-date, Signature=${sig}`,
  `V11-HMAC-SHA256 Credential=AccessKey/2006-01-02/r/s, SignedHeaders=x-sdk-date, Signature=${sig}`,
  `V11-HMAC-SHA256 Credential=AccessKey/20060103/r/s, SignedHeaders=x-sdk-date, Signature=${sig}`,
])('a malformed Authorization fails with malformed-authorization: %s', async (value) => {
  const result = await verify(withAuthorization(await signed(), value), options);
  expect(result).toMatchObject({ reason: 'malformed-authorization' });
});

test('no X-Sdk-Date fails with missing-date', async () => {
  const request = await signed();
  request.headers.delete('x-sdk-date');
  expect(await verify(request, options)).toMatchObject({ reason: 'missing-date' });
});

test.each(['2006-01-02T15:04:05Z', '20060231T150405Z', '20060102T250405Z', '20060102T150405'])(
  'an X-Sdk-Date that is not a real YYYYMMDDTHHMMSSZ fails with malformed-date: %s',
  async (value) => {
    const request = await signed();
    request.headers.set('x-sdk-date', value);
    expect(await verify(request, options)).toMatchObject({ reason: 'malformed-date' });
  },
);

test('maxSkewSeconds defaults to 900', async () => {
  const request = await signed();
  const at = (seconds: number) => ({ ...options, now: new Date(date.getTime() + seconds * 1000) });
  expect(await verify(request, at(900))).toMatchObject({ valid: true });
  expect(await verify(request, at(901))).toMatchObject({ reason: 'date-skew' });
});

test('a swapped body with an unsigned X-Sdk-Content-Sha256 of the old body fails', async () => {
  const request = await signed({ body: 'original' });
  const originalHash = '0682c5f2076f099c34cfdd15a9e063849ed437a49677e6fcc5b4198c76575be5';
  request.headers.set('x-sdk-content-sha256', originalHash);
  expect(await verify({ ...request, body: 'swapped' }, options)).toMatchObject({
    reason: 'signature-mismatch',
  });
});

test('a signed X-Sdk-Content-Sha256 must still match the body', async () => {
  const hash = '0682c5f2076f099c34cfdd15a9e063849ed437a49677e6fcc5b4198c76575be5';
  const request = await signed({ body: 'original', headers: { 'X-Sdk-Content-Sha256': hash } });
  expect(await verify(request, options)).toMatchObject({ valid: true });
  expect(await verify({ ...request, body: 'swapped' }, options)).toMatchObject({
    reason: 'signature-mismatch',
  });
});

test('a signed UNSIGNED-PAYLOAD accepts any body', async () => {
  const request = await signed({ body: 'original' }, { unsignedPayload: true });
  expect(await verify({ ...request, body: 'swapped' }, options)).toMatchObject({ valid: true });
});

test('an unsigned UNSIGNED-PAYLOAD is not trusted', async () => {
  const request = await signed({ body: 'original' });
  request.headers.set('x-sdk-content-sha256', 'UNSIGNED-PAYLOAD');
  expect(await verify({ ...request, body: 'swapped' }, options)).toMatchObject({
    reason: 'signature-mismatch',
  });
});

test('a request signed over UNSIGNED-PAYLOAD without signing that header is rejected', async () => {
  // What a signer that honours the header but leaves it out of SignedHeaders would send.
  const headers = new Headers({
    'X-Sdk-Date': '20060102T150405Z',
    'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD',
  });
  const signedHeaders = ['host', 'x-sdk-date'];
  const canonical = canonicalRequest({
    method: 'POST',
    url,
    headers,
    signedHeaders,
    payloadHash: 'UNSIGNED-PAYLOAD',
  });
  const signature = await signCanonical({
    algorithm: 'SDK-HMAC-SHA256',
    accessKey: 'AccessKey',
    secretKey: 'SecretKey',
    sdkDate: '20060102T150405Z',
    canonical,
  });
  headers.set(
    'authorization',
    formatAuthorization('SDK-HMAC-SHA256', 'AccessKey', signedHeaders, signature),
  );
  const result = await verify({ method: 'POST', url, headers, body: 'any' }, options);
  expect(result).toMatchObject({ reason: 'signature-mismatch' });
});

test.each<[string, Partial<VerifyOptions>]>([
  ['another region', { region: 'cn-north-4', service: 'demo' }],
  ['another service', { region: 'test-region-1', service: 'as' }],
  ['another region, service unchecked', { region: 'cn-north-4' }],
  ['another service, region unchecked', { service: 'as' }],
])('a V11 Credential for %s fails with scope-mismatch', async (_, scope) => {
  const result = await verify(await signed({}, v11), { ...options, ...scope });
  expect(result).toMatchObject({ valid: false, reason: 'scope-mismatch' });
  const message = result.valid ? '' : result.message;
  expect(message).toMatch(/^[^\n]+$/);
  for (const value of ['AccessKey', 'test-region-1', 'demo']) expect(message).not.toContain(value);
});

test.each<[string, Partial<VerifyOptions>]>([
  ['its region and service', { region: 'test-region-1', service: 'demo' }],
  ['its region', { region: 'test-region-1' }],
  ['its service', { service: 'demo' }],
])('a V11 Credential for %s passes', async (_, scope) => {
  const result = await verify(await signed({}, v11), { ...options, ...scope });
  expect(result).toMatchObject({ valid: true, algorithm: 'V11-HMAC-SHA256' });
});

test('region and service do not apply to SDK-HMAC-SHA256, which names neither', async () => {
  const result = await verify(await signed(), { ...options, region: 'cn-north-4', service: 'as' });
  expect(result).toMatchObject({ valid: true, algorithm: 'SDK-HMAC-SHA256' });
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

test.each<[string, ArrayBufferView | ArrayBuffer]>([
  ['an ArrayBuffer', jsonBytes.slice().buffer],
  ['a Uint8Array at an offset', atOffset(jsonBytes)],
  ['a DataView at an offset', new DataView(atOffset(jsonBytes).buffer, 8, jsonBytes.length)],
  ['a Uint32Array', new Uint32Array(atOffset(jsonBytes).buffer, 8, jsonBytes.length / 4)],
  ['a Node Buffer', Buffer.from(json)],
])('a body given as %s is verified as the bytes it views', async (_, body) => {
  const request = await signed({ body: json });
  expect(await verify({ ...request, body }, options)).toMatchObject({ valid: true });
  const other = atOffset(jsonBytes);
  other[0] = 0x5b;
  expect(await verify({ ...request, body: other }, options)).toMatchObject({
    reason: 'signature-mismatch',
  });
});

test('a secretKeyFor that returns an empty key fails with unknown-access-key', async () => {
  const result = await verify(await signed(), { ...options, secretKeyFor: () => '' });
  expect(result).toMatchObject({ reason: 'unknown-access-key' });
});

test('every failure message is one line', async () => {
  const request = await signed();
  request.headers.delete('x-sdk-date');
  const result = await verify(request, options);
  expect(result.valid ? '' : result.message).toMatch(/^[^\n]+$/);
});

test.each<[string, SignInput, VerifyOptions]>([
  ['a relative URL', { method: 'GET', url: '/v1/hooks' }, options],
  ['no secretKeyFor', { method: 'GET', url }, {} as VerifyOptions],
  ['a negative maxSkewSeconds', { method: 'GET', url }, { ...options, maxSkewSeconds: -1 }],
  ['headers: null', { method: 'GET', url, headers: null as unknown as HeadersInput }, options],
  [
    'headers: a string',
    { method: 'GET', url, headers: 'a: 1' as unknown as HeadersInput },
    options,
  ],
  [
    'a header value that is not a string',
    { method: 'GET', url, headers: { 'x-a': 1 } as unknown as HeadersInput },
    options,
  ],
  ['no method', { url } as SignInput, options],
  ['now: a string', { method: 'GET', url }, { ...options, now: '2006' as unknown as Date }],
  ['now: a number', { method: 'GET', url }, { ...options, now: 0 as unknown as Date }],
  ['now: an invalid Date', { method: 'GET', url }, { ...options, now: new Date(Number.NaN) }],
  ['an empty region', { method: 'GET', url }, { ...options, region: '' }],
  ['a service with "/"', { method: 'GET', url }, { ...options, service: 'as/x' }],
  ['a Blob body', { method: 'POST', url, body: new Blob(['x']) as unknown as string }, options],
  ['a plain object body', { method: 'POST', url, body: {} as unknown as string }, options],
])('misuse throws "Failed to verify the request: …": %s', async (_, input, opts) => {
  await expect(verify(input, opts)).rejects.toThrow(
    /^Failed to verify the request: .+\. [A-Z].+\.$/,
  );
});

test('a body that is not bytes throws, naming input.body', async () => {
  const request = await signed();
  await expect(verify({ ...request, body: new Blob(['x']) as never }, options)).rejects.toThrow(
    /^Failed to verify the request: input\.body is not a string, ArrayBuffer or typed array\. [A-Z].+\.$/,
  );
});
