/**
 * The response checks, read from the spec: for a response of an operation, whether it is not a
 * server error, its status is documented for that operation, its documented headers (`X-Request-Id`)
 * are present and valid, a body-less response (204) has no body, and any body is JSON, sent as
 * JSON, and valid against the schema documented for that status. Each problem names its check and
 * says what is wrong in one line; none means conformant. A problem that only breaks rules the spec
 * marks `x-as-decision` (this project's choices, not the provider's) names the decision.
 */
import { type Decision, decisionOf } from './decisions';
import {
  follow,
  type Node,
  operation,
  resolve,
  schemaPointer,
  segment,
  validatorAt,
} from './spec-document';

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
  /**
   * Set when every rule the response breaks here is one of this project's decisions
   * (`x-as-decision` on the header, or on each schema node whose keyword failed): the live profile
   * reports such a problem as a deviation, not a failure.
   */
  decision?: Decision;
}

/**
 * The problems of a response of `operationId` against the spec; empty when it conforms.
 *
 * @example
 * checkResponse('callbackLifecycleHook', { status: 200, headers: {}, body: '{}' });
 * // [{ check: 'status_code_conformance', message: 'callbackLifecycleHook does not document status 200 (…)' }]
 */
export function checkResponse(operationId: string, response: ResponseToCheck): ResponseProblem[] {
  const documented = documentedResponse(operationId, response.status);
  const found = (check: ResponseCheck, messages: string[]) =>
    messages.map((message) => ({ check, message }));
  const problems = found('not_a_server_error', notAServerError(operationId, response));
  if (!documented) {
    return [
      ...problems,
      ...found('status_code_conformance', [undocumentedStatus(operationId, response)]),
    ];
  }
  problems.push(...headerProblems(operationId, response, documented));
  // The body's checks stop at the first that fails: a body of the wrong type is not also judged
  // against the schema.
  const body = bodyProblem(operationId, response, documented);
  if (body) problems.push(body);
  return problems;
}

/** The response a status maps to, and where it is in the spec. */
type Documented = NonNullable<ReturnType<typeof documentedResponse>>;

/** `not_a_server_error`: no 5xx. */
function notAServerError(operationId: string, { status }: ResponseToCheck): string[] {
  return status >= 500 ? [`${operationId} ${status}: a server error`] : [];
}

/** `status_code_conformance`: the status is one the operation documents. */
function undocumentedStatus(operationId: string, { status }: ResponseToCheck): string {
  return `${operationId} does not document status ${status} (it documents ${documentedStatuses(operationId).join(', ')})`;
}

/** `response_headers_conformance`: every required header present, each valid against its schema. */
function headerProblems(
  operationId: string,
  { status, headers }: ResponseToCheck,
  documented: Documented,
): ResponseProblem[] {
  const where = `${operationId} ${status}`;
  const problems: ResponseProblem[] = [];
  const problem = (message: string, decision: Decision | undefined): ResponseProblem => ({
    check: 'response_headers_conformance',
    message,
    ...(decision ? { decision } : {}),
  });
  for (const [name, declared] of Object.entries((documented.node.headers ?? {}) as Node)) {
    const header = follow(declared as Node, `${documented.pointer}/headers/${segment(name)}`);
    const value = headerOf(headers, name);
    if (value === null) {
      if (header.node.required === true) {
        problems.push(problem(`${where}: no ${name} header`, decisionOf(header.pointer)));
      }
      continue;
    }
    if (header.node.schema !== undefined) {
      const validate = validatorAt(`${header.pointer}/schema`);
      if (!validate(value)) {
        problems.push(
          problem(
            `${where}: header ${name} ${JSON.stringify(value)} breaks ${schemaErrors(validate)}`,
            decidedErrors(validate),
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * `content_type_conformance`, then `response_schema_conformance`: a body where one is documented
 * (none where none is), in a documented media type, and for JSON, valid against its schema.
 */
function bodyProblem(
  operationId: string,
  { status, headers, body }: ResponseToCheck,
  documented: Documented,
): ResponseProblem | undefined {
  const where = `${operationId} ${status}`;
  const schemaProblem = (message: string): ResponseProblem => ({
    check: 'response_schema_conformance',
    message: `${where}: ${message}`,
  });
  const content = documented.node.content as Record<string, Node> | undefined;
  if (content === undefined) {
    return body === ''
      ? undefined
      : schemaProblem(`documents no body but got ${JSON.stringify(body.slice(0, 200))}`);
  }
  if (body === '') return schemaProblem('documents a body but got none');
  const contentType = headerOf(headers, 'content-type');
  const mediaType = contentType === null ? undefined : essence(contentType);
  if (mediaType === undefined || !(mediaType in content)) {
    return {
      check: 'content_type_conformance',
      message: `${where}: content type ${contentType} is not one it documents (${Object.keys(content).join(', ')})`,
    };
  }
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return schemaProblem(`body is not JSON: ${JSON.stringify(body.slice(0, 200))}`);
  }
  const validate = validatorAt(`${documented.pointer}/content/${segment(mediaType)}/schema`);
  if (validate(parsed)) return undefined;
  const decision = decidedErrors(validate);
  return {
    ...schemaProblem(`body ${body.slice(0, 300)} breaks ${schemaErrors(validate)}`),
    ...(decision ? { decision } : {}),
  };
}

/** An Ajv error, as `verbose` gives it. */
interface SchemaError {
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: unknown;
}

/** Keywords that only combine others: their own error repeats what the branches said. */
const combining = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', 'not', '$ref']);

/**
 * The decision a schema failure rests on, when every keyword that failed sits in a schema node
 * marked `x-as-decision` (for `required`, the object or the missing property's node): e.g. the
 * topic-URN pattern, or every response field present. Undefined when any failed keyword is the
 * provider's rule.
 */
function decidedErrors(validate: { errors?: unknown[] | null }): Decision | undefined {
  const errors = ((validate.errors ?? []) as SchemaError[]).filter(
    (e) => !combining.has(e.keyword),
  );
  let first: Decision | undefined;
  for (const error of errors) {
    const decision = decisionOfError(error);
    if (!decision || error.keyword === 'type') return undefined;
    first ??= decision;
  }
  return first;
}

function decisionOfError(error: SchemaError): Decision | undefined {
  const at = schemaPointer(error.parentSchema);
  if (at === undefined) return undefined;
  const own = decisionOf(at);
  if (own || error.keyword !== 'required') return own;
  const missing = error.params.missingProperty;
  if (typeof missing !== 'string') return undefined;
  const property = `${at}/properties/${segment(missing)}`;
  return decisionOf(property) ?? refDecision(property);
}

/** The decision on the schema a property's `$ref` names. */
function refDecision(pointer: string): Decision | undefined {
  try {
    return decisionOf(follow(resolve(pointer), pointer).pointer);
  } catch {
    return undefined;
  }
}

/** Ajv's errors in one line: where, which keyword, which part of the schema. */
const schemaErrors = (validate: {
  errors?: { instancePath: string; keyword: string; schemaPath: string }[] | null;
}) =>
  (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.keyword} (${e.schemaPath})`)
    .join('; ');
