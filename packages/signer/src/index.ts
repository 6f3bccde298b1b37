/**
 * SDK-HMAC-SHA256 and V11-HMAC-SHA256 signing and verification for Huawei Cloud APIs, with no
 * runtime dependencies: node:crypto under Node, Web Crypto elsewhere, chosen by export condition.
 *
 * @example
 * import { sign, verify } from '@as-lifecycle/signer';
 *
 * const credentials = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: '…' };
 * const url =
 *   'https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779/scaling_lifecycle_hook/e5d27f5c-dd76-4a61-b4bc-a67c5686719a/list';
 * const added = await sign({ method: 'GET', url }, { credentials });
 * const result = await verify(
 *   { method: 'GET', url, headers: added },
 *   { secretKeyFor: (ak) => (ak === credentials.accessKey ? credentials.secretKey : undefined) },
 * );
 * // { valid: true, accessKey: 'QTWAOYTTINDUT2QVKYUC', algorithm: 'SDK-HMAC-SHA256', signedHeaders: ['host', 'x-sdk-date'] }
 */

// Signing and verifying.

export { sign } from './sign';
export { verify } from './verify';

// Their inputs and results.

export type {
  AkSkCredentials,
  HeadersInput,
  SignatureAlgorithm,
  SignInput,
  SignOptions,
  VerifyFailure,
  VerifyOptions,
  VerifyResult,
} from './types';

// The building blocks, to debug a signature mismatch against another implementation.

export { canonicalQuery } from './canonical-query';
export type { CanonicalRequestParts } from './canonical-request';
export { canonicalRequest } from './canonical-request';
export { canonicalUri } from './canonical-uri';
