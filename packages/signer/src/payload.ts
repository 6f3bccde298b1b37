import type { Body, Data } from './crypto-backend';

/**
 * The body as hashable data: a string stands for its UTF-8, nothing for no bytes. Bytes stay as
 * they are (node:crypto reads any view); an ArrayBuffer gets a view.
 */
export function bodyBytes(body: Body): Data {
  if (typeof body === 'string' || body instanceof Uint8Array) return body as Data;
  return new Uint8Array(body ?? []);
}

/** The payload hash signed when a request carries `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
