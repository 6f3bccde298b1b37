import type { SignInput } from './types';

/**
 * Bytes, or a string that stands for its UTF-8 bytes. Strings pass straight to node:crypto, which
 * encodes them natively; converting them first costs more than the hashing.
 */
export type Data = string | Uint8Array<ArrayBuffer>;

/** A body as `sign` takes it: bytes, a string for its UTF-8, or nothing for no bytes. */
export type Body = SignInput['body'];

/** An HMAC: an ArrayBuffer from Web Crypto, a Buffer from node:crypto. */
export type Mac = ArrayBuffer | Uint8Array<ArrayBuffer>;

/**
 * What a hash backend provides. `crypto-node.ts` (node:crypto) and `crypto-web.ts` (Web Crypto)
 * both implement it; package.json `imports` picks one as `#crypto` by export condition.
 */
export interface CryptoBackend {
  /** Lowercase hex of some bytes; a string is taken as its UTF-8. */
  toHex(data: Data | Mac): string;
  /** Lowercase hex SHA-256 of some bytes; a string is hashed as its UTF-8. */
  sha256Hex(data: Data | Body): Promise<string>;
  /** HMAC-SHA256 of `data` under `key`; strings are taken as their UTF-8. */
  hmacSha256(key: Data | Mac, data: Data): Promise<Mac>;
  /** Lowercase hex HMAC-SHA256 of `data` under `key`; strings are taken as their UTF-8. */
  hmacSha256Hex(key: Data, data: Data): Promise<string>;
  /** HKDF-SHA256 (RFC 5869) output of `length` bytes. */
  hkdfSha256(
    ikm: Uint8Array<ArrayBuffer>,
    salt: Uint8Array<ArrayBuffer>,
    info: Uint8Array<ArrayBuffer>,
    length: number,
  ): Promise<Uint8Array<ArrayBuffer>>;
}
