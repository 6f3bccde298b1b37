/**
 * An AK/SK pair, with the security token when the pair is temporary.
 *
 * @example
 * const credentials: AkSkCredentials = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: '…' };
 */
export interface AkSkCredentials {
  accessKey: string;
  secretKey: string;
  /** Sent, and signed, as `X-Security-Token` (temporary credentials only). */
  securityToken?: string;
}

/**
 * The two signing algorithms: the SDKs' default, and its derived-key variant.
 *
 * @example
 * const algorithm: SignatureAlgorithm = 'V11-HMAC-SHA256';
 */
export type SignatureAlgorithm = 'SDK-HMAC-SHA256' | 'V11-HMAC-SHA256';

/**
 * The headers of a request: a plain object, a `Headers`, or a list of `[name, value]` pairs.
 * Names are case-insensitive; a repeated name is joined with `, ` as `Headers` does.
 *
 * @example
 * const headers: HeadersInput = [['Content-Type', 'application/json']];
 */
export type HeadersInput =
  | Record<string, string>
  | Headers
  | ReadonlyArray<readonly [string, string]>;

/**
 * The request being signed or verified, as it goes over the wire.
 *
 * @example
 * const input: SignInput = {
 *   method: 'POST',
 *   url: `https://as.cn-north-4.myhuaweicloud.com/autoscaling-api/v1/0605767a3300d5762fb7c0186d9e1779/scaling_lifecycle_hook/${groupId}`,
 *   headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({
 *     lifecycle_hook_name: 'drain',
 *     lifecycle_hook_type: 'INSTANCE_TERMINATING',
 *     notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
 *   }),
 * };
 */
export interface SignInput {
  method: string;
  /** Absolute URL, query included. */
  url: string | URL;
  headers?: HeadersInput;
  /**
   * The exact bytes sent: a string (as its UTF-8), an ArrayBuffer, or any ArrayBufferView (a typed
   * array, a DataView, a Buffer: the bytes it views). Anything else (a Blob, a stream) throws.
   */
  body?: string | ArrayBuffer | ArrayBufferView | null;
}

/**
 * How to sign: credentials, and what to add and sign besides the request's own headers.
 *
 * @example
 * const options: SignOptions = {
 *   credentials: { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: '…' },
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 * };
 */
export interface SignOptions {
  credentials: AkSkCredentials;
  /** Adds `X-Project-Id` (signed). */
  projectId?: string;
  /** The signing time; default: now. */
  date?: Date;
  /** Default `SDK-HMAC-SHA256`. */
  algorithm?: SignatureAlgorithm;
  /** Required for `V11-HMAC-SHA256`. */
  region?: string;
  /** Required for `V11-HMAC-SHA256`. */
  service?: string;
  /**
   * The header names to sign. Default: every header of the input, plus `host`, plus the headers
   * `sign` adds. `x-sdk-date` is always signed, and so is `x-sdk-content-sha256` when present.
   */
  signedHeaders?: readonly string[];
  /** Sends `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` and signs that instead of the body's hash. */
  unsignedPayload?: boolean;
}

/**
 * How to verify: where secret keys come from, how much clock skew to accept, and (V11) for which
 * region and service.
 *
 * @example
 * const keys = new Map([['QTWAOYTTINDUT2QVKYUC', '…']]); // access key → secret key
 * const options: VerifyOptions = { secretKeyFor: (ak) => keys.get(ak), region: 'cn-north-4' };
 */
export interface VerifyOptions {
  /** The secret key of an access key, or `undefined` when the access key is unknown. */
  secretKeyFor: (accessKey: string) => string | undefined | Promise<string | undefined>;
  /** Default: now. */
  now?: Date;
  /** Default 900 (15 minutes, the gateway's limit). */
  maxSkewSeconds?: number;
  /**
   * The region a V11-HMAC-SHA256 Credential must name, e.g. `cn-north-4`; default: any. An
   * SDK-HMAC-SHA256 signature names none, so this does not apply to it.
   */
  region?: string;
  /** The service a V11-HMAC-SHA256 Credential must name, e.g. `as`; default: any. As `region`. */
  service?: string;
}

/**
 * Why a request failed verification.
 *
 * @example
 * const reason: VerifyFailure = 'signature-mismatch';
 */
export type VerifyFailure =
  | 'missing-authorization'
  | 'malformed-authorization'
  | 'unsupported-algorithm'
  | 'scope-mismatch'
  | 'missing-date'
  | 'malformed-date'
  | 'date-skew'
  | 'unknown-access-key'
  | 'missing-signed-header'
  | 'signature-mismatch';

/**
 * The outcome of `verify`: who signed and what, or why it failed (one line, never a secret).
 *
 * @example
 * const result: VerifyResult = { valid: false, reason: 'missing-date', message: '…' };
 */
export type VerifyResult =
  | { valid: true; accessKey: string; algorithm: SignatureAlgorithm; signedHeaders: string[] }
  | { valid: false; reason: VerifyFailure; message: string };
