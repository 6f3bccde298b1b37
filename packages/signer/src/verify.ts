import { sha256Hex } from '#crypto';
import { type ParsedAuthorization, parseAuthorization } from './authorization';
import { buildCanonicalRequest } from './canonical-request';
import { constantTimeEqual } from './encoding';
import { headerMap, trimHeaderValue } from './headers';
import { verifyMisuse } from './misuse';
import { UNSIGNED_PAYLOAD } from './payload';
import { parseSdkDate } from './sdk-date';
import { signCanonical } from './signature';
import type { SignInput, VerifyFailure, VerifyOptions, VerifyResult } from './types';

type Failure = Extract<VerifyResult, { valid: false }>;

function fail(reason: VerifyFailure, message: string): Failure {
  return { valid: false, reason, message };
}

function checkVerifyCall(input: SignInput, options: VerifyOptions): URL {
  if (typeof options?.secretKeyFor !== 'function') {
    throw verifyMisuse(
      'options.secretKeyFor is missing',
      'Pass a function from access key to secret key',
    );
  }
  const skew = options.maxSkewSeconds;
  if (skew !== undefined && !(Number.isFinite(skew) && skew >= 0)) {
    throw verifyMisuse(
      'options.maxSkewSeconds is not a number of seconds',
      'Pass e.g. 900, or leave it out',
    );
  }
  if (options.now !== undefined && Number.isNaN(options.now.getTime())) {
    throw verifyMisuse(
      'options.now is not a valid Date',
      'Pass a valid Date, or leave it out for now',
    );
  }
  const url = input?.url;
  if (url instanceof URL) return url;
  if (typeof url === 'string' && URL.canParse(url)) return new URL(url);
  throw verifyMisuse(
    'input.url is not an absolute URL',
    "In a Node server, pass new URL(req.url, 'https://' + req.headers.host)",
  );
}

// The X-Sdk-Date value when it is present, well formed, within the skew, and (V11) on the
// Credential's day; otherwise why not.
function checkDate(
  headers: Map<string, string>,
  auth: ParsedAuthorization,
  options: VerifyOptions,
): string | Failure {
  const raw = headers.get('x-sdk-date');
  if (raw === undefined) return fail('missing-date', 'The request has no X-Sdk-Date header.');
  const sdkDate = trimHeaderValue(raw);
  const date = parseSdkDate(sdkDate);
  if (!date)
    return fail('malformed-date', 'X-Sdk-Date is not a UTC date of the form YYYYMMDDTHHMMSSZ.');
  const now = options.now ?? new Date();
  const limit = options.maxSkewSeconds ?? 900;
  const skew = Math.abs(now.getTime() - date.getTime()) / 1000;
  if (skew > limit) {
    const when = date < now ? 'behind' : 'ahead of';
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
  body: SignInput['body'],
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
 * MSW's Request objects, is taken from the URL). Failures are values with one-line messages that
 * never contain a secret; only misuse (e.g. a relative URL) throws.
 *
 * @example
 * const result = await verify(
 *   { method: req.method, url: new URL(req.url, `https://${req.headers.host}`), headers, body },
 *   { secretKeyFor: (accessKey) => secrets.get(accessKey) },
 * );
 * if (!result.valid) return reply(401, result.message);
 */
export async function verify(input: SignInput, options: VerifyOptions): Promise<VerifyResult> {
  const url = checkVerifyCall(input, options);
  const headers = headerMap(input.headers);
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
  const sdkDate = checkDate(headers, auth, options);
  if (typeof sdkDate !== 'string') return sdkDate;
  const missing = auth.signedHeaders.find((name) => name !== 'host' && !headers.has(name));
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
  const payload = await payloadHash(headers, auth.signedHeaders, input.body);
  if (payload === undefined) {
    return fail('signature-mismatch', 'The body does not match its signed X-Sdk-Content-Sha256.');
  }
  const { accessKey, algorithm, signedHeaders } = auth;
  const canonical = buildCanonicalRequest(input.method, url, headers, signedHeaders, payload);
  const expected = await signCanonical(
    algorithm,
    accessKey,
    secretKey,
    sdkDate,
    canonical,
    auth.scope?.value,
  );
  if (!constantTimeEqual(expected, auth.signature)) {
    return fail(
      'signature-mismatch',
      'The signature does not match: the request changed after signing, or another secret key signed it.',
    );
  }
  return { valid: true, accessKey, algorithm, signedHeaders };
}
