import type { Body, CryptoBackend, Data, Mac } from './crypto-backend';

// Self-contained: index.js imports this file through `#crypto`, so a helper shared with it would
// be bundled twice. Every input is copied into a fresh Uint8Array (a string as its UTF-8, nothing
// as no bytes), which Web Crypto needs: not a view over a SharedArrayBuffer, nor another realm's.
const bytes = (data: Data | Mac | Body) =>
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

/** Lowercase hex HMAC-SHA256, with Web Crypto. */
export const hmacSha256Hex: CryptoBackend['hmacSha256Hex'] = async (key, data) =>
  toHex(await hmacSha256(key, data));

/** HKDF-SHA256, with Web Crypto. */
export const hkdfSha256: CryptoBackend['hkdfSha256'] = async (ikm, salt, info, length) =>
  new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt, info },
      await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']),
      length * 8,
    ),
  );
