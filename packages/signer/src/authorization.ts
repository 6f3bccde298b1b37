import type { SignatureAlgorithm, VerifyFailure } from './types';

/** An `Authorization` header taken apart. */
export interface ParsedAuthorization {
  algorithm: SignatureAlgorithm;
  accessKey: string;
  /** V11 only: `YYYYMMDD/<region>/<service>` from the Credential, and its parts. */
  scope?: { value: string; day: string; region: string; service: string };
  signedHeaders: string[];
  /** Lowercase hex. */
  signature: string;
}

/** Why an `Authorization` header could not be taken apart; the message is one line. */
export interface AuthorizationFailure {
  reason: Extract<VerifyFailure, 'malformed-authorization' | 'unsupported-algorithm'>;
  message: string;
}

/** Formats the `Authorization` header; `scope`, V11's `YYYYMMDD/<region>/<service>`, for V11 only. */
export function formatAuthorization(
  algorithm: SignatureAlgorithm,
  accessKey: string,
  signedHeaders: readonly string[],
  signature: string,
  scope?: string,
): string {
  const who = scope ? `Credential=${accessKey}/${scope}` : `Access=${accessKey}`;
  return `${algorithm} ${who}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}

const ALGORITHMS: readonly string[] = ['SDK-HMAC-SHA256', 'V11-HMAC-SHA256'];
const HEADER_NAME = /^[a-z0-9!#$%&'*+.^_`|~-]+$/;
const SIGNATURE = /^[0-9a-f]{64}$/i;
const ACCESS_KEY = /^[^\s,/]+$/;

function malformed(message: string): AuthorizationFailure {
  return { reason: 'malformed-authorization', message };
}

// `Key=Value, Key=Value, …` into a map; undefined when a part has no `=` or a key repeats.
function parseParams(text: string): Map<string, string> | undefined {
  const params = new Map<string, string>();
  for (const part of text.split(',')) {
    const equals = part.indexOf('=');
    const key = part.slice(0, equals).trim();
    if (equals === -1 || params.has(key)) return undefined;
    params.set(key, part.slice(equals + 1).trim());
  }
  return params;
}

function parseSignedHeaders(value: string): string[] | undefined {
  const names = value.split(';');
  const valid = names.every((name) => HEADER_NAME.test(name));
  return valid && new Set(names).size === names.length ? names : undefined;
}

/**
 * Takes an `Authorization` header apart. Messages never echo the header's values: a client that
 * swapped its AK and SK would otherwise have its secret written to the server's logs.
 */
export function parseAuthorization(header: string): ParsedAuthorization | AuthorizationFailure {
  const trimmed = header.trim();
  const space = trimmed.search(/\s/);
  const scheme = space === -1 ? trimmed : trimmed.slice(0, space);
  if (!ALGORITHMS.includes(scheme)) {
    return {
      reason: 'unsupported-algorithm',
      message: 'Authorization uses neither SDK-HMAC-SHA256 nor V11-HMAC-SHA256.',
    };
  }
  const algorithm = scheme as SignatureAlgorithm;
  const params = space === -1 ? undefined : parseParams(trimmed.slice(space + 1));
  const who = algorithm === 'V11-HMAC-SHA256' ? 'Credential' : 'Access';
  const expected = [who, 'SignedHeaders', 'Signature'];
  if (params?.size !== 3 || !expected.every((key) => params.has(key))) {
    return malformed(
      `Authorization must have exactly ${expected.join(', ')}, as "Key=value" pairs.`,
    );
  }
  const signedHeaders = parseSignedHeaders(params.get('SignedHeaders') as string);
  if (!signedHeaders) {
    return malformed('SignedHeaders must be distinct lowercase header names joined with ";".');
  }
  const signature = params.get('Signature') as string;
  if (!SIGNATURE.test(signature)) return malformed('Signature must be 64 hex digits.');
  if (algorithm === 'SDK-HMAC-SHA256') {
    const accessKey = params.get('Access') as string;
    if (!ACCESS_KEY.test(accessKey)) return malformed('Access must be a non-empty access key.');
    return { algorithm, accessKey, signedHeaders, signature: signature.toLowerCase() };
  }
  const [accessKey = '', day = '', region = '', service = '', ...rest] = (
    params.get('Credential') as string
  ).split('/');
  if (!ACCESS_KEY.test(accessKey) || !/^\d{8}$/.test(day) || !region || !service || rest.length) {
    return malformed('Credential must be <access key>/<YYYYMMDD>/<region>/<service>.');
  }
  const scope = { value: `${day}/${region}/${service}`, day, region, service };
  return { algorithm, accessKey, scope, signedHeaders, signature: signature.toLowerCase() };
}
