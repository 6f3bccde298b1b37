/**
 * Bytes, or a string that stands for its UTF-8 bytes. Strings pass straight to node:crypto, which
 * encodes them natively; converting them first costs more than the hashing. A request body
 * reaches a backend only through `bodyData` (payload.ts), as a string or a Uint8Array.
 */
export type Data = string | Uint8Array | ArrayBuffer;

/** An HMAC: an ArrayBuffer from Web Crypto, a Buffer from node:crypto. */
export type Mac = ArrayBuffer | Uint8Array;

/**
 * What a hash backend provides. `crypto-node.ts` (node:crypto) and `crypto-web.ts` (Web Crypto)
 * both implement it; package.json `imports` picks one as `#crypto` by export condition. Each is
 * self-contained: tsup builds it as an entry of its own, which dist/index.* imports through
 * `#crypto`, so code it shared with the rest of the source would ship twice.
 */
export interface CryptoBackend {
  /** Lowercase hex of some bytes; a string is taken as its UTF-8. */
  toHex(data: Data): string;
  /** Lowercase hex SHA-256 of some bytes; a string is hashed as its UTF-8. */
  sha256Hex(data: Data): Promise<string>;
  /** HMAC-SHA256 of `data` under `key`; strings are taken as their UTF-8. */
  hmacSha256(key: Data, data: Data): Promise<Mac>;
}
