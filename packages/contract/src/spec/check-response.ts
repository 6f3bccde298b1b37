/**
 * The response checks, read from the spec: for a response of an operation, whether it is not a
 * server error, its status is documented for that operation, its documented headers (`X-Request-Id`)
 * are present and valid, a body-less response (204) has no body, and any body is JSON, sent as
 * JSON, and valid against the schema documented for that status. Each problem names its check and
 * says what is wrong in one line; none means conformant.
 */
import { follow, type Node, operation, segment, validatorAt } from './spec-document';

/**
 * A response as the checker reads it: status, headers and the body text (`''` for none).
 *
 * @example
 * const response: ResponseToCheck = { status: 204, headers: { 'X-Request-Id': 'r' }, body: '' };
 */
export interface ResponseToCheck {
  status: number;
  headers: Headers | Record<string, string>;
  body: string;
}

const headerOf = (headers: ResponseToCheck['headers'], name: string): string | null => {
  if (headers instanceof Headers) return headers.get(name);
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (headers[key] ?? null);
};

/** The media type without parameters, in lowercase: `application/json;charset=UTF-8` → `application/json`. */
const essence = (contentType: string) => contentType.split(';')[0]?.trim().toLowerCase() ?? '';

/** The documented response of an operation for a status (exact, then `4XX`, then `default`). */
export function documentedResponse(
  operationId: string,
  status: number,
): { node: Node; pointer: string } | undefined {
  const op = operation(operationId);
  const responses = op.node.responses as Record<string, Node>;
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
  if (key === undefined) return undefined;
  return follow(responses[key] as Node, `${op.pointer}/responses/${key}`);
}

/** The statuses an operation documents. */
export const documentedStatuses = (operationId: string): string[] =>
  Object.keys(operation(operationId).node.responses as Node);

/**
 * The checks every response goes through, named as Schemathesis names its own.
 *
 * @example
 * responseChecks.includes('not_a_server_error'); // true
 */
export const responseChecks = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
] as const;

/**
 * The name of a response check.
 *
 * @example
 * const check: ResponseCheck = 'status_code_conformance';
 */
export type ResponseCheck = (typeof responseChecks)[number];

/**
 * What is wrong with a response: the check it fails and a one-line reason.
 *
 * @example
 * import { checkResponse, type ResponseProblem } from '@as-lifecycle/contract/runner';
 *
 * const response = await fetch('http://127.0.0.1:4010/autoscaling-api/v1/p/scaling_lifecycle_hook/g/list');
 * const problems: ResponseProblem[] = checkResponse('listLifecycleHooks', {
 *   status: response.status,
 *   headers: response.headers,
 *   body: await response.text(),
 * });
 * for (const { check, message } of problems) console.error(`${check}: ${message}`);
 */
export interface ResponseProblem {
  check: ResponseCheck;
  message: string;
}

/**
 * The problems of a response of `operationId` against the spec; empty when it conforms.
 *
 * @example
 * checkResponse('callbackLifecycleHook', { status: 200, headers: {}, body: '{}' });
 * // [{ check: 'status_code_conformance', message: 'callbackLifecycleHook does not document status 200 (…)' }]
 */
export function checkResponse(operationId: string, response: ResponseToCheck): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  const problem = (check: ResponseCheck, message: string) => {
    problems.push({ check, message });
  };
  const { status, headers, body } = response;
  const where = `${operationId} ${status}`;
  if (status >= 500) problem('not_a_server_error', `${where}: a server error`);
  const documented = documentedResponse(operationId, status);
  if (!documented) {
    problem(
      'status_code_conformance',
      `${operationId} does not document status ${status} (it documents ${documentedStatuses(operationId).join(', ')})`,
    );
    return problems;
  }

  for (const [name, declared] of Object.entries((documented.node.headers ?? {}) as Node)) {
    const header = follow(declared as Node, `${documented.pointer}/headers/${segment(name)}`);
    const value = headerOf(headers, name);
    if (value === null) {
      if (header.node.required === true)
        problem('response_headers_conformance', `${where}: no ${name} header`);
      continue;
    }
    if (header.node.schema !== undefined) {
      const validate = validatorAt(`${header.pointer}/schema`);
      if (!validate(value)) {
        problem(
          'response_headers_conformance',
          `${where}: header ${name} ${JSON.stringify(value)} breaks ${schemaErrors(validate)}`,
        );
      }
    }
  }

  const content = documented.node.content as Record<string, Node> | undefined;
  if (content === undefined) {
    if (body !== '') {
      problem(
        'response_schema_conformance',
        `${where}: documents no body but got ${JSON.stringify(body.slice(0, 200))}`,
      );
    }
    return problems;
  }
  if (body === '') {
    problem('response_schema_conformance', `${where}: documents a body but got none`);
    return problems;
  }
  const contentType = headerOf(headers, 'content-type');
  const mediaType = contentType === null ? undefined : essence(contentType);
  if (mediaType === undefined || !(mediaType in content)) {
    problem(
      'content_type_conformance',
      `${where}: content type ${contentType} is not one it documents (${Object.keys(content).join(', ')})`,
    );
    return problems;
  }
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    problem(
      'response_schema_conformance',
      `${where}: body is not JSON: ${JSON.stringify(body.slice(0, 200))}`,
    );
    return problems;
  }
  const validate = validatorAt(`${documented.pointer}/content/${segment(mediaType)}/schema`);
  if (!validate(parsed)) {
    problem(
      'response_schema_conformance',
      `${where}: body ${body.slice(0, 300)} breaks ${schemaErrors(validate)}`,
    );
  }
  return problems;
}

/** Ajv's errors in one line: where, which keyword, which part of the schema. */
const schemaErrors = (validate: {
  errors?: { instancePath: string; keyword: string; schemaPath: string }[] | null;
}) =>
  (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.keyword} (${e.schemaPath})`)
    .join('; ');

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
