// Generators shared by the property tests. Unrestricted: parity-arbitraries.ts narrows them where
// the provider's Node signer differs from Go/Python, and says why.
import fc from 'fast-check';
import type {
  AkSkCredentials,
  HeadersInput,
  SignatureAlgorithm,
  SignInput,
  SignOptions,
} from '../src/index';

/** Fixed seed and a few hundred runs, so that a failure reproduces. */
export const runs = { seed: 20_060_102, numRuns: 300 } as const;

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const TOKEN = [...ALNUM, ..."!#$%&'*+-.^_`|~"];
/** Characters with a meaning in URLs, forms or the signature's encoding. */
export const RESERVED_CHARS = [...' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

/** The headers `sign` adds or handles itself; generated headers never use these names. */
export const SIGNER_HEADERS = new Set([
  'authorization',
  'host',
  'x-project-id',
  'x-sdk-content-sha256',
  'x-sdk-date',
  'x-security-token',
]);

/** Any code points, graphemes, reserved characters, or a few common words (so keys repeat). */
export function text(words: readonly string[], maxLength = 8): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom(...RESERVED_CHARS), maxLength }),
    fc.constantFrom(...words),
  );
}

export const headerName = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 1, maxLength: 12 }),
  fc.constantFrom('Content-Type', 'X-Request-Id', 'accept', 'X-Custom_Header'),
);

/** What `Headers` accepts: Latin-1 without NUL, CR or LF, spaces and tabs anywhere. */
export const headerValue = fc.string({
  unit: fc.oneof(
    fc.constantFrom(' ', '\t'),
    fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 20,
});

/** Header lists with mixed-case names, distinct case-insensitively, none of the signer's own. */
export const headerList = fc
  .uniqueArray(fc.tuple(headerName, headerValue), {
    selector: ([name]) => name.toLowerCase(),
    maxLength: 5,
  })
  .map((headers) => headers.filter(([name]) => !SIGNER_HEADERS.has(name.toLowerCase())));

export const queryList = fc.array(fc.tuple(text(['limit', 'marker', 'a']), text(['1', '2', ''])), {
  maxLength: 8,
});

/** Whole seconds, as X-Sdk-Date carries them. */
export const sdkDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => new Date(Math.floor(date.getTime() / 1000) * 1000));

export const accessKey = fc.string({
  unit: fc.constantFrom(...ALNUM),
  minLength: 1,
  maxLength: 40,
});
export const scopeName = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
export const algorithm = fc.constantFrom<SignatureAlgorithm>('SDK-HMAC-SHA256', 'V11-HMAC-SHA256');

export const credentials: fc.Arbitrary<AkSkCredentials> = fc.record(
  {
    accessKey,
    secretKey: fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
    securityToken: fc.string({ unit: fc.constantFrom(...ALNUM, '+', '/', '='), minLength: 1 }),
  },
  { requiredKeys: ['accessKey', 'secretKey'] },
);

/** Everything a test needs to build one request and sign it. */
export interface RequestModel {
  method: string;
  /** `https://host[:port]` */
  origin: string;
  /** As written in the URL string: `/` then segments, some percent-encoded, some raw. */
  path: string;
  query: [string, string][];
  headers: [string, string][];
  /** A `host` header that differs from the URL's, or none. */
  hostHeader: string | null;
  headersAs: 'record' | 'headers' | 'tuples';
  body: Uint8Array;
  bodyAs: 'string' | 'bytes' | 'buffer';
  date: Date;
  credentials: AkSkCredentials;
  projectId: string | null;
  unsignedPayload: boolean;
  region: string;
  service: string;
}

export const origin = fc
  .tuple(fc.domain(), fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }))
  .map(([host, port]) => `https://${host}${port === undefined ? '' : `:${port}`}`);

const pathSegment = fc.oneof(
  text(['v1', 'autoscaling-api', '中文']).map(encodeURIComponent),
  fc.string({ unit: fc.constantFrom(...ALNUM, '中', 'é', '-', '.', '~', ':', '@'), maxLength: 6 }),
);

export const path = fc
  .tuple(fc.array(pathSegment, { maxLength: 4 }), fc.boolean())
  .map(([segments, trailing]) => `/${segments.join('/')}${trailing && segments.length ? '/' : ''}`);

export const utf8Body = fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined });

/** Any request: every character class in path, query, headers and body. */
export const requestModel: fc.Arbitrary<RequestModel> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
  origin,
  path,
  query: queryList,
  headers: headerList,
  hostHeader: fc.option(fc.domain()),
  headersAs: fc.constantFrom('record', 'headers', 'tuples'),
  body: fc.uint8Array({ maxLength: 64 }),
  bodyAs: fc.constantFrom('string', 'bytes', 'buffer'),
  date: sdkDate,
  credentials,
  projectId: fc.option(fc.stringMatching(/^[0-9a-f]{32}$/)),
  unsignedPayload: fc.boolean(),
  region: scopeName,
  service: scopeName,
});

function queryString(query: readonly [string, string][]): string {
  if (query.length === 0) return '';
  return `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The request's headers in the form the model asks for (a `host` header included if any). */
export function headersOf(model: RequestModel): HeadersInput {
  const list: [string, string][] = [...model.headers];
  if (model.hostHeader !== null) list.push(['host', model.hostHeader]);
  if (model.headersAs === 'tuples') return list;
  if (model.headersAs === 'headers') return new Headers(list);
  return Object.fromEntries(list);
}

function bodyOf(model: RequestModel): string | Uint8Array | ArrayBuffer {
  if (model.bodyAs === 'bytes') return model.body;
  if (model.bodyAs === 'buffer') return model.body.slice().buffer;
  return new TextDecoder().decode(model.body);
}

/** The model as `sign` takes it. A string body is the UTF-8 decoding of the model's bytes. */
export function toSignInput(model: RequestModel): SignInput {
  return {
    method: model.method,
    url: `${model.origin}${model.path}${queryString(model.query)}`,
    headers: headersOf(model),
    body: bodyOf(model),
  };
}

export function toSignOptions(model: RequestModel, algorithm: SignatureAlgorithm): SignOptions {
  const options: SignOptions = { credentials: model.credentials, date: model.date, algorithm };
  if (model.projectId !== null) options.projectId = model.projectId;
  if (model.unsignedPayload) options.unsignedPayload = true;
  if (algorithm === 'V11-HMAC-SHA256')
    Object.assign(options, { region: model.region, service: model.service });
  return options;
}

/** The signed request as a server sees it: the input's headers plus the ones `sign` added. */
export function withAdded(input: SignInput, added: Record<string, string>): SignInput {
  const headers = new Headers(input.headers as HeadersInit);
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return { ...input, headers };
}
