/**
 * SDK-HMAC-SHA256 and V11-HMAC-SHA256 signing and verification for Huawei Cloud APIs, with no
 * runtime dependencies: node:crypto under Node, Web Crypto elsewhere, chosen by export condition.
 *
 * @example
 * import { sign, verify } from '@as-lifecycle/signer';
 *
 * const added = await sign({ method: 'GET', url }, { credentials: { accessKey, secretKey } });
 * const result = await verify({ method: 'GET', url, headers: added }, { secretKeyFor });
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
