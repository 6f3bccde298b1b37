import { sha256Hex } from '#crypto';
import { type ParsedAuthorization, parseAuthorization } from './authorization';
import { buildCanonicalRequest } from './canonical-request';
import type { Data } from './crypto-backend';
import { constantTimeEqual } from './encoding';
import { headerMap, missingHeader, trimHeaderValue } from './headers';
import { verifyCheck as check } from './misuse';
import { bodyData, UNSIGNED_PAYLOAD } from './payload';
import { parseSdkDate } from './sdk-date';
import { signCanonical } from './signature';
import type { HeadersInput, SignInput, VerifyFailure, VerifyOptions, VerifyResult } from './types';

type Failure = Extract<VerifyResult, { valid: false }>;

function fail(reason: VerifyFailure, message: string): Failure {
  return { valid: false, reason, message };
}

interface VerifyCall {
  url: URL;
  headers: Map<string, string>;
  body: Data;
  /** `options.now` in milliseconds. */
  now: number;
}

// The time of a Date of any realm (getTime throws for anything else), or NaN when invalid.
function timeOf(date: unknown): number {
  try {
    return Date.prototype.getTime.call(date);
  } catch {
    return Number.NaN;
  }
}

// Headers by lowercase name, or undefined when they are not a record, a Headers or a list of pairs
// of strings (null, a string, a Node IncomingHttpHeaders with an array value, …).
function headersOf(given: unknown): Map<string, string> | undefined {
  try {
    const headers = headerMap(given as HeadersInput);
    for (const value of headers.values()) if (typeof value !== 'string') return undefined;
    return headers;
  } catch {
    return undefined;
  }
}

// The call's parts, checked; misuse throws "Failed to verify the request: <why>. <how to fix>.",
// naming the option but never its value.
function checkVerifyCall(input: SignInput, options: VerifyOptions): VerifyCall {
  check(
    typeof options?.secretKeyFor === 'function',
    'options.secretKeyFor is missing',
    'Pass a function from access key to secret key',
  );
  const { maxSkewSeconds: skew, now = new Date() } = options;
  check(
    skew === undefined || (Number.isFinite(skew) && skew >= 0),
    'options.maxSkewSeconds is not a number of seconds',
    'Pass e.g. 900, or leave it out',
  );
  const time = timeOf(now);
  check(
    !Number.isNaN(time),
    'options.now is not a valid Date',
    'Pass a valid Date, or leave it out for now',
  );
  for (const [name, example] of [
    ['region', 'cn-north-4'],
    ['service', 'as'],
  ] as const) {
    const value: unknown = options[name];
    check(
      value === undefined || (typeof value === 'string' && /^[^/]+$/.test(value)),
      `options.${name} is empty or has "/"`,
      `Pass e.g. '${example}', or leave it out to accept any`,
    );
  }
  const href = input?.url;
  const url =
    href instanceof URL ? href : typeof href === 'string' && URL.canParse(href) && new URL(href);
  check(
    url,
    'input.url is not an absolute URL',
    "In a Node server, pass new URL(req.url, 'https://' + req.headers.host)",
  );
  check(
    typeof input.method === 'string',
    'input.method is not a string',
    'Pass req.method or request.method',
  );
  const headers = headersOf(input.headers);
  check(
    headers,
    'input.headers is not a Headers, a record or a list of pairs of strings',
    'Pass e.g. new Headers(pairs), or leave it out',
  );
  return { url, headers, body: bodyData(input.body, check), now: time };
}

// V11 only: a Credential for another region or service than the options name, when they do.
function checkScope(auth: ParsedAuthorization, options: VerifyOptions): Failure | undefined {
  for (const name of ['region', 'service'] as const) {
    const expected = options[name];
    if (auth.scope && expected !== undefined && auth.scope[name] !== expected) {
      return fail(
        'scope-mismatch',
        `The Credential's ${name} is not the one this verifier accepts.`,
      );
    }
  }
  return undefined;
}

// The X-Sdk-Date value when it is present, well formed, within the skew, and (V11) on the
// Credential's day; otherwise why not.
function checkDate(
  headers: Map<string, string>,
  auth: ParsedAuthorization,
  options: VerifyOptions,
  now: number,
): string | Failure {
  const raw = headers.get('x-sdk-date');
  if (raw === undefined) return fail('missing-date', 'The request has no X-Sdk-Date header.');
  const sdkDate = trimHeaderValue(raw);
  const date = parseSdkDate(sdkDate);
  if (!date)
    return fail('malformed-date', 'X-Sdk-Date is not a UTC date of the form YYYYMMDDTHHMMSSZ.');
  const limit = options.maxSkewSeconds ?? 900;
  const skew = Math.abs(now - date.getTime()) / 1000;
  if (skew > limit) {
    const when = date.getTime() < now ? 'behind' : 'ahead of';
    return fail(
      'date-skew',
      `X-Sdk-Date is ${Math.round(skew)} s ${when} the verifier's clock; the limit is ${limit} s.`,
    );
  }
  if (auth.scope && auth.scope.day !== sdkDate.slice(0, 8)) {
    return fail('malformed-authorization', "The Credential's date is not the day of X-Sdk-Date.");
  }
  return sdkDate;
}

// The payload hash to verify against. X-Sdk-Content-Sha256 replaces the body's hash only when it
// is signed (else anyone could swap the body and claim the old hash), and a signed hex hash must
// still match the body; undefined when it does not.
async function payloadHash(
  headers: Map<string, string>,
  signedHeaders: readonly string[],
  body: Data,
): Promise<string | undefined> {
  const bodyHash = await sha256Hex(body);
  if (!signedHeaders.includes('x-sdk-content-sha256')) return bodyHash;
  const claimed = trimHeaderValue(headers.get('x-sdk-content-sha256') ?? '');
  if (claimed === UNSIGNED_PAYLOAD) return claimed;
  return claimed.toLowerCase() === bodyHash ? claimed : undefined;
}

/**
 * Verifies a request signed with SDK-HMAC-SHA256 or V11-HMAC-SHA256, recomputing the signature
 * over exactly the headers its `SignedHeaders` names (`host`, when absent as in browsers' and
 * MSW's Request objects, is taken from the URL). With `options.region` or `options.service`, a
 * V11 Credential that names another fails too. Failures are values with one-line messages that
 * never contain a secret; only misuse (e.g. a relative URL, a Blob body) throws.
 *
 * @example
 * // A fetch handler (MSW, Hono, Workers). A Node server passes new URL(req.url,
 * // `https://${req.headers.host}`), its headers as a Headers, and the body as a Buffer.
 * export async function handle(request: Request): Promise<Response> {
 *   const result = await verify(
 *     {
 *       method: request.method,
 *       url: request.url,
 *       headers: request.headers,
 *       body: new Uint8Array(await request.clone().arrayBuffer()),
 *     },
 *     {
 *       secretKeyFor: (accessKey) =>
 *         accessKey === process.env.HUAWEICLOUD_SDK_AK ? process.env.HUAWEICLOUD_SDK_SK : undefined,
 *     },
 *   );
 *   if (!result.valid) return new Response(result.message, { status: 401 });
 *   return new Response(null, { status: 204 }); // result.accessKey signed it
 * }
 */
export async function verify(input: SignInput, options: VerifyOptions): Promise<VerifyResult> {
  const { url, headers, body, now } = checkVerifyCall(input, options);
  const header = headers.get('authorization');
  if (header === undefined || header.trim() === '') {
    return fail('missing-authorization', 'The request has no Authorization header.');
  }
  const auth = parseAuthorization(header);
  if ('reason' in auth) return fail(auth.reason, auth.message);
  if (!auth.signedHeaders.includes('x-sdk-date')) {
    return fail(
      'malformed-authorization',
      'SignedHeaders must include x-sdk-date, or the date is not protected.',
    );
  }
  const mismatch = checkScope(auth, options);
  if (mismatch) return mismatch;
  const sdkDate = checkDate(headers, auth, options, now);
  if (typeof sdkDate !== 'string') return sdkDate;
  const missing = missingHeader(headers, auth.signedHeaders);
  if (missing !== undefined) {
    return fail(
      'missing-signed-header',
      `The signed header "${missing}" is missing from the request.`,
    );
  }
  const secretKey = await options.secretKeyFor(auth.accessKey);
  if (typeof secretKey !== 'string' || secretKey === '') {
    return fail('unknown-access-key', 'The access key in the Authorization header is not known.');
  }
  const payload = await payloadHash(headers, auth.signedHeaders, body);
  if (payload === undefined) {
    return fail('signature-mismatch', 'The body does not match its signed X-Sdk-Content-Sha256.');
  }
  const { accessKey, algorithm, signedHeaders } = auth;
  const canonical = buildCanonicalRequest(input.method, url, headers, signedHeaders, payload);
  const expected = await signCanonical({
    algorithm,
    accessKey,
    secretKey,
    sdkDate,
    canonical,
    scope: auth.scope?.value,
  });
  if (!constantTimeEqual(expected, auth.signature)) {
    return fail(
      'signature-mismatch',
      'The signature does not match: the request changed after signing, or another secret key signed it.',
    );
  }
  return { valid: true, accessKey, algorithm, signedHeaders };
}
