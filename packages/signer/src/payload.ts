import type { Data } from './crypto-backend';
import type { MisuseCheck } from './misuse';

/**
 * A body as the hash backends take it: a string (hashed as its UTF-8), or a Uint8Array over
 * exactly the bytes of an ArrayBuffer or of any ArrayBufferView (a typed array, a DataView, a
 * Buffer: byteLength bytes from its byteOffset); nothing is no bytes. Anything else (a Blob, a
 * stream, a plain object, an array of numbers) fails `check`, the misuse check of `sign` or
 * `verify`: hashing it as empty would sign bytes that are never sent.
 */
export function bodyData(body: unknown, check: MisuseCheck): Data {
  if (typeof body === 'string' || body == null) return body ?? '';
  const view = ArrayBuffer.isView(body);
  check(
    view || body instanceof ArrayBuffer,
    'input.body is not a string, ArrayBuffer or typed array',
    'Pass the bytes sent',
  );
  return view
    ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
    : new Uint8Array(body);
}

/** The payload hash signed when a request carries `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
