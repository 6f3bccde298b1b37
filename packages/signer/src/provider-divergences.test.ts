// Each restriction in test/parity-arbitraries.ts is a real divergence of the provider's Node
// signer: on these requests its Authorization differs from ours. If one starts to agree (a fixed
// SDK), its restriction can go.
import { expect, test } from 'vitest';
import { type RequestModel, toSignInput, toSignOptions } from '../test/arbitraries';
import { toProviderRequest } from '../test/parity-arbitraries';
import { providerAuthorization } from '../test/provider';
import { sign } from './index';

const base: RequestModel = {
  method: 'GET',
  origin: 'https://as.example.com',
  path: '/v1/hooks',
  query: [],
  headers: [],
  hostHeader: null,
  headersAs: 'record',
  body: new Uint8Array(),
  bodyAs: 'string',
  date: new Date('2020-01-01T00:00:00Z'),
  credentials: { accessKey: 'AccessKey', secretKey: 'SecretKey' },
  projectId: null,
  unsignedPayload: false,
  region: 'test-region-1',
  service: 'demo',
};

async function bothAuthorizations(
  patch: Partial<RequestModel>,
): Promise<[string | undefined, string]> {
  const model = { ...base, ...patch };
  const ours = await sign(toSignInput(model), toSignOptions(model, 'SDK-HMAC-SHA256'));
  const request = toProviderRequest(model, undefined);
  return [
    ours.Authorization,
    providerAuthorization(request, model.credentials, 'SDK-HMAC-SHA256', model),
  ];
}

test('the provider agrees on unicode and control characters in the path', async () => {
  const [ours, theirs] = await bothAuthorizations({ path: '/中/é/😀/\u0001' });
  expect(ours).toBe(theirs);
});

test.each<[string, Partial<RequestModel>]>([
  ['an encoded path segment (double-encoded)', { path: '/a%E4b' }],
  ['a path character url.parse escapes', { path: "/a'b" }],
  ['a dot segment (resolved by the WHATWG URL only)', { path: '/a/./b' }],
  [
    'query keys ordered by code unit',
    {
      query: [
        ['\uE000', '1'],
        ['\u{10000}', '2'],
      ],
    },
  ],
  [
    'query values ordered by code unit',
    {
      query: [
        ['k', '\uE000'],
        ['k', '\u{10000}'],
      ],
    },
  ],
  [
    'header names ordered by localeCompare',
    {
      headers: [
        ['x_a', '1'],
        ['x-a', '2'],
      ],
    },
  ],
  ['an untrimmed header value', { headers: [['x-a', ' 1 ']] }],
  ['a multipart content-type', { headers: [['content-type', 'multipart/form-data; boundary=x']] }],
  ['an explicit default port', { origin: 'https://as.example.com:443' }],
])('the provider differs on %s', async (_, patch) => {
  const [ours, theirs] = await bothAuthorizations(patch);
  expect(ours).not.toBe(theirs);
});
