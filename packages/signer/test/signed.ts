// A generated request, signed, as the server receives it; and the options that verify it.

import { type SignatureAlgorithm, type SignInput, sign, type VerifyOptions } from '../src/index';
import { type RequestModel, toSignInput, toSignOptions, withAdded } from './arbitraries';

export interface SignedRequest {
  /** The request with the input's and the added headers, as a `Headers`. */
  request: SignInput & { headers: Headers };
  /** Knows the model's access key; `now` is the signing time. */
  options: VerifyOptions;
}

export async function signedRequest(
  model: RequestModel,
  algorithm: SignatureAlgorithm,
): Promise<SignedRequest> {
  const input = toSignInput(model);
  const added = await sign(input, toSignOptions(model, algorithm));
  const request = withAdded(input, added) as SignInput & { headers: Headers };
  const { accessKey, secretKey } = model.credentials;
  const secretKeyFor = (key: string) => (key === accessKey ? secretKey : undefined);
  return { request, options: { secretKeyFor, now: model.date } };
}

/** The bytes a request body stands for, as a fresh copy (a test's own reading, not the signer's). */
export function sentBytes(body: SignInput['body']): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  if (body) return new Uint8Array(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  return new Uint8Array();
}
