import { hmacSha256, sha256Hex, toHex } from '#crypto';
import type { SignatureAlgorithm } from './types';

/**
 * The lowercase hex signature of a canonical request. The string to sign is the algorithm, the
 * date, the V11 `scope` (`YYYYMMDD/<region>/<service>`, given for V11 only) and the canonical
 * request's hash. SDK-HMAC-SHA256 signs it with the SK itself; V11 with the lowercase hex of
 * HKDF-SHA256(ikm = SK, salt = AK, info = scope, 32 bytes), used as an ASCII string. For 32 bytes
 * HKDF is two HMACs (RFC 5869): extract PRK = HMAC(salt, ikm), expand HMAC(PRK, info || 0x01).
 */
export async function signCanonical({
  algorithm,
  accessKey,
  secretKey,
  sdkDate,
  canonical,
  scope,
}: {
  algorithm: SignatureAlgorithm;
  accessKey: string;
  secretKey: string;
  sdkDate: string;
  canonical: string;
  scope?: string | undefined;
}): Promise<string> {
  const hash = await sha256Hex(canonical);
  const key = scope
    ? toHex(await hmacSha256(await hmacSha256(accessKey, secretKey), `${scope}\x01`))
    : secretKey;
  const text = `${algorithm}\n${sdkDate}\n${scope ? `${scope}\n` : ''}${hash}`;
  return toHex(await hmacSha256(key, text));
}
