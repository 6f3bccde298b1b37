import { createHash, createHmac } from 'node:crypto';
import type { CryptoBackend, Data } from './crypto-backend';

// Self-contained, like crypto-web.ts (see CryptoBackend). node:crypto takes a string as its UTF-8
// and reads any view in place; an ArrayBuffer needs a view.
const bytes = (data: Data) => (data instanceof ArrayBuffer ? new Uint8Array(data) : data);

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
  createHash('sha256').update(bytes(data)).digest('hex');

/** HMAC-SHA256, with node:crypto. */
export const hmacSha256: CryptoBackend['hmacSha256'] = async (key, data) =>
  createHmac('sha256', bytes(key)).update(bytes(data)).digest();
