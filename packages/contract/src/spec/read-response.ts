/** Reading a response once: its text, its JSON body and error code, and its conformance problems. */
import { checkResponse, type ResponseProblem } from './check-response';

/**
 * A response body's JSON (undefined when empty or not JSON) and its error code: `error.code` of
 * the AS shape, `error_code` of the gateway's.
 *
 * @example
 * readBody('{"error":{"code":"AS.7042","message":"…"}}').code; // 'AS.7042'
 */
export function readBody(text: string): { body: unknown; code: string | undefined } {
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = body as { error?: { code?: unknown }; error_code?: unknown } | undefined;
  const code = error?.error?.code ?? error?.error_code;
  return { body, code: typeof code === 'string' ? code : undefined };
}

/** A fetched response, read once: status, headers, text, parsed body, and its conformance problems. */
export interface CheckedResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when there is none (or it is not JSON). */
  body: unknown;
  /** The AS or gateway code of an error body, if any. */
  code: string | undefined;
  problems: ResponseProblem[];
}

/**
 * Reads a response of `operationId` and checks it against the spec.
 *
 * @example
 * const checked = await conformance('listHookInstances', await mock.fetch(url));
 * expect(checked.problems).toEqual([]);
 */
export async function conformance(
  operationId: string,
  response: Response,
): Promise<CheckedResponse> {
  const text = await response.text();
  const { body, code } = readBody(text);
  return {
    status: response.status,
    headers: response.headers,
    text,
    body,
    code,
    problems: checkResponse(operationId, {
      status: response.status,
      headers: response.headers,
      body: text,
    }),
  };
}
