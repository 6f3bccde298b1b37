import type { CryptoBackend, Data } from './crypto-backend';

// Self-contained, like crypto-node.ts (see CryptoBackend). Every input is copied into a fresh
// Uint8Array (a string as its UTF-8), which Web Crypto needs: not a view over a SharedArrayBuffer,
// nor another realm's. Copying a view copies the bytes it views, from its byteOffset on.
const bytes = (data: Data) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data as ArrayBuffer);

/** Lowercase hex, of a string's UTF-8 or of some bytes. */
export const toHex: CryptoBackend['toHex'] = (data) =>
  Array.from(bytes(data), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Lowercase hex SHA-256, with Web Crypto. */
export const sha256Hex: CryptoBackend['sha256Hex'] = async (data) =>
  toHex(await crypto.subtle.digest('SHA-256', bytes(data)));

/** HMAC-SHA256, with Web Crypto. */
export const hmacSha256: CryptoBackend['hmacSha256'] = async (key, data) =>
  crypto.subtle.sign(
    'HMAC',
    await crypto.subtle.importKey('raw', bytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]),
    bytes(data),
  );
