import { sign } from '@as-lifecycle/signer';
import type { Credentials } from './credentials';

/** The headers of one attempt: built anew for each, so that a retry is signed with a fresh date. */
export type Authenticate = (
  method: string,
  url: string,
  body: string | undefined,
) => Record<string, string> | Promise<Record<string, string>>;

const JSON_UTF8 = 'application/json;charset=UTF-8';

/**
 * How the client authenticates each attempt: a token is a header, at once; AK/SK signs the
 * request (SDK-HMAC-SHA256, with `X-Project-Id`), which is asynchronous. A signing misuse throws:
 * it is no network error.
 */
export function authenticator(credentials: Credentials, projectId: string): Authenticate {
  if (credentials.type === 'token') {
    const { token } = credentials;
    return (_method, _url, body) =>
      body === undefined
        ? { 'X-Auth-Token': token }
        : { 'X-Auth-Token': token, 'Content-Type': JSON_UTF8 };
  }
  const options = { credentials, projectId };
  return async (method, url, body) => {
    const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': JSON_UTF8 };
    return Object.assign(headers, await sign({ method, url, headers, body: body ?? '' }, options));
  };
}
