/**
 * A response checker built from the spec at test time: for a response of an operation, whether
 * its status is documented for that operation, its documented headers (`X-Request-Id`) are present
 * and valid, a body-less response (204) has no body, and any body is JSON, sent as JSON, and valid
 * against the schema documented for that status. Each problem is one line; none means conformant.
 *
 * @example
 * const checked = await conformance('listHookInstances', await mock.fetch(url));
 * expect(checked.problems).toEqual([]);
 */
import { follow, type Node, operation, segment, validatorAt } from './spec-document';

/** A response as the checker reads it: status, headers and the body text (`''` for none). */
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

/** The problems of a response of `operationId` against the spec; empty when it conforms. */
export function checkResponse(operationId: string, response: ResponseToCheck): string[] {
  const problems: string[] = [];
  const { status, headers, body } = response;
  const documented = documentedResponse(operationId, status);
  if (!documented) {
    return [
      `${operationId} does not document status ${status} (it documents ${documentedStatuses(operationId).join(', ')})`,
    ];
  }
  const where = `${operationId} ${status}`;

  for (const [name, declared] of Object.entries((documented.node.headers ?? {}) as Node)) {
    const header = follow(declared as Node, `${documented.pointer}/headers/${segment(name)}`);
    const value = headerOf(headers, name);
    if (value === null) {
      if (header.node.required === true) problems.push(`${where}: no ${name} header`);
      continue;
    }
    if (header.node.schema !== undefined) {
      const validate = validatorAt(`${header.pointer}/schema`);
      if (!validate(value)) {
        problems.push(`${where}: header ${name} "${value}" ${JSON.stringify(validate.errors)}`);
      }
    }
  }

  const content = documented.node.content as Record<string, Node> | undefined;
  if (content === undefined) {
    if (body !== '') problems.push(`${where}: documents no body but got ${JSON.stringify(body)}`);
    return problems;
  }
  if (body === '') {
    problems.push(`${where}: documents a body but got none`);
    return problems;
  }
  const contentType = headerOf(headers, 'content-type');
  const mediaType = contentType === null ? undefined : essence(contentType);
  if (mediaType === undefined || !(mediaType in content)) {
    problems.push(
      `${where}: content type ${contentType} is not one it documents (${Object.keys(content).join(', ')})`,
    );
    return problems;
  }
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) return problems;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    problems.push(`${where}: body is not JSON: ${JSON.stringify(body.slice(0, 200))}`);
    return problems;
  }
  const validate = validatorAt(`${documented.pointer}/content/${segment(mediaType)}/schema`);
  if (!validate(parsed)) {
    problems.push(
      `${where}: body ${body.slice(0, 300)} breaks ${validate.errors
        ?.map((e) => `${e.instancePath || '/'} ${e.keyword} (${e.schemaPath})`)
        .join('; ')}`,
    );
  }
  return problems;
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
  problems: string[];
}

/** Reads a response of `operationId` and checks it against the spec. */
export async function conformance(
  operationId: string,
  response: Response,
): Promise<CheckedResponse> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const error = body as { error?: { code?: unknown }; error_code?: unknown } | undefined;
  const code = error?.error?.code ?? error?.error_code;
  return {
    status: response.status,
    headers: response.headers,
    text,
    body,
    code: typeof code === 'string' ? code : undefined,
    problems: checkResponse(operationId, {
      status: response.status,
      headers: response.headers,
      body: text,
    }),
  };
}
