import { canonicalQuery } from './canonical-query';
import { canonicalUri } from './canonical-uri';
import { headerMap, missingHeader, trimHeaderValue } from './headers';
import type { HeadersInput } from './types';

/**
 * The parts of a request that its canonical form is built from.
 *
 * @example
 * const parts: CanonicalRequestParts = {
 *   method: 'GET',
 *   url: `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779/scaling_lifecycle_hook/${groupId}/list`,
 *   headers: { 'X-Sdk-Date': '20260101T000000Z' },
 *   signedHeaders: ['host', 'x-sdk-date'],
 *   payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // empty body
 * };
 */
export interface CanonicalRequestParts {
  method: string;
  /** Absolute URL, query included. */
  url: string | URL;
  /** Every signed header; `host`, when signed and absent, is taken from the URL. */
  headers: HeadersInput;
  /** Lowercase names, in the order they are signed in (`sign` sorts them). */
  signedHeaders: readonly string[];
  /** Lowercase hex SHA-256 of the body, or the value of `X-Sdk-Content-Sha256`. */
  payloadHash: string;
}

/**
 * `canonicalRequest` for `sign` and `verify`, which have checked that `headers` (by lowercase
 * name) has every signed header but `host`, taken from the URL when absent. The method is signed
 * as fetch sends it: DELETE, GET, HEAD, OPTIONS, POST and PUT uppercased whatever their case, any
 * other (PATCH included) exactly as written.
 */
export function buildCanonicalRequest(
  method: string,
  url: URL,
  headers: Map<string, string>,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  return [
    /^(DELETE|GET|HEAD|OPTIONS|POST|PUT)$/i.test(method) ? method.toUpperCase() : method,
    canonicalUri(url.pathname),
    canonicalQuery(url.search),
    signedHeaders
      .map((name) => `${name}:${trimHeaderValue(headers.get(name) ?? url.host)}\n`)
      .join(''),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

/**
 * The canonical request: `METHOD\nURI\nQUERY\nHEADERS\nSIGNEDHEADERS\nPAYLOADHASH`, where HEADERS
 * is one `name:trimmed value\n` per signed header. Its SHA-256 is what gets signed.
 *
 * @example
 * const canonical = canonicalRequest({
 *   method: 'GET',
 *   url: `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779/scaling_lifecycle_hook/${groupId}/list`,
 *   headers: { 'X-Sdk-Date': '20260101T000000Z' },
 *   signedHeaders: ['host', 'x-sdk-date'],
 *   payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 * });
 * canonical.split('\n');
 * // ['GET', '/autoscaling-api/v1/0605767a…/list/', '' (no query),
 * //  'host:as.cn-north-4.myhuaweicloud.com', 'x-sdk-date:20260101T000000Z', '',
 * //  'host;x-sdk-date', 'e3b0c442…']
 */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  const url = parts.url instanceof URL ? parts.url : new URL(parts.url);
  const headers = headerMap(parts.headers);
  const missing = missingHeader(headers, parts.signedHeaders);
  if (missing !== undefined) {
    throw new Error(
      `Failed to build the canonical request: the signed header "${missing}" is missing. Add it to the headers or leave it out of signedHeaders.`,
    );
  }
  return buildCanonicalRequest(parts.method, url, headers, parts.signedHeaders, parts.payloadHash);
}
