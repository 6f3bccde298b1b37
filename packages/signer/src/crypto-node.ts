import { createHash, createHmac, hkdf } from 'node:crypto';
import type { CryptoBackend, Data, Mac } from './crypto-backend';
import { bodyBytes } from './payload';

// node:crypto takes strings as UTF-8, and any view over bytes; an ArrayBuffer needs a view.
const bytes = (data: Data | Mac) => (data instanceof ArrayBuffer ? new Uint8Array(data) : data);

/** Lowercase hex, with Buffer (a view, not a copy, over bytes). */
export const toHex: CryptoBackend['toHex'] = (data) => {
  const view = bytes(data);
  return (
    typeof view === 'string'
      ? Buffer.from(view)
      : Buffer.from(view.buffer, view.byteOffset, view.byteLength)
  ).toString('hex');
};

/** Lowercase hex SHA-256, with node:crypto. */
export const sha256Hex: CryptoBackend['sha256Hex'] = async (data) =>
  createHash('sha256').update(bodyBytes(data)).digest('hex');

/** HMAC-SHA256, with node:crypto. */
export const hmacSha256: CryptoBackend['hmacSha256'] = async (key, data) =>
  // A Buffer is a Uint8Array; a digest's is over an ArrayBuffer of its own.
  createHmac('sha256', bytes(key)).update(data).digest() as Uint8Array<ArrayBuffer>;

/** Lowercase hex HMAC-SHA256, with node:crypto. */
export const hmacSha256Hex: CryptoBackend['hmacSha256Hex'] = async (key, data) =>
  createHmac('sha256', key).update(data).digest('hex');

/** HKDF-SHA256, with node:crypto. */
export const hkdfSha256: CryptoBackend['hkdfSha256'] = (ikm, salt, info, length) =>
  new Promise((resolve, reject) => {
    hkdf('sha256', ikm, salt, info, length, (error, key) => {
      if (error) reject(error);
      else resolve(new Uint8Array(key));
    });
  });
