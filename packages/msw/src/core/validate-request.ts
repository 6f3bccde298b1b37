/**
 * Checks a request body against the spec with the validators generated at build time, and names
 * the AS code the spec assigns to the first rule it breaks.
 */
import { ruleOfError } from '@as-lifecycle/spec/model';
import { type AsErrorCode, asErrorCatalogue } from '@as-lifecycle/types';
import { type OperationRules, requestRules } from '../generated/request-rules';
import {
  type Validator,
  validateCallbackLifecycleHook,
  validateCreateLifecycleHook,
  validateUpdateLifecycleHook,
} from '../generated/validators.js';

/** The operations that take a JSON body: those the spec gives a request body (request-rules). */
export type BodyOperationId = keyof typeof requestRules;

/** Whether an operation takes a JSON body. */
export const isBodyOperation = (operationId: string): operationId is BodyOperationId =>
  Object.hasOwn(requestRules, operationId);

/** A body that passes (parsed), or the rule it breaks first with the spec's code and message. */
export type BodyCheck =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; code: AsErrorCode; rule: string; field?: string; message: string };

const validators: Record<BodyOperationId, Validator> = {
  callbackLifecycleHook: validateCallbackLifecycleHook,
  createLifecycleHook: validateCreateLifecycleHook,
  updateLifecycleHook: validateUpdateLifecycleHook,
};
const rules: Record<BodyOperationId, OperationRules> = requestRules;

/**
 * Whether a Content-Type names JSON: `application/json` with any parameters, in any case. No
 * Content-Type counts as not JSON: the spec declares only `application/json` bodies, and a client
 * that sends a body without saying what it is gets the same answer as one that says `text/plain`.
 */
const isJson = (contentType: string | null) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';

function fail(code: AsErrorCode, rule: string, field?: string): BodyCheck {
  const { message } = asErrorCatalogue[code];
  return field === undefined
    ? { ok: false, code, rule, message }
    : { ok: false, code, rule, field, message };
}

/**
 * Checks the raw body of a request to `operationId`, in the order the service does: media type,
 * emptiness, JSON syntax, then the body schema, whose first error decides the code.
 *
 * @example
 * checkRequestBody('callbackLifecycleHook', '{"lifecycle_action_result":"CONTINUE"}', 'application/json');
 * // { ok: false, code: 'AS.7040', rule: 'anyOf', message: 'The lifecycle hook callback object is empty.' }
 */
export function checkRequestBody(
  operationId: BodyOperationId,
  raw: string,
  contentType: string | null,
): BodyCheck {
  const { requestBody, schema, fields } = rules[operationId];
  const empty = raw.trim() === '';
  // A request with neither a body nor a Content-Type is an empty request, not a wrong media type.
  if (!isJson(contentType) && !(empty && contentType === null)) {
    return fail(requestBody.mediaType, 'mediaType');
  }
  if (empty) return fail(requestBody.empty, 'empty');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return fail(requestBody.syntax, 'syntax');
  }
  const validate = validators[operationId];
  if (validate(body)) return { ok: true, body: body as Record<string, unknown> };
  const broken = (validate.errors ?? []).map(ruleOfError).find((rule) => rule !== undefined);
  const code =
    broken && (broken.field === undefined ? schema : fields[broken.field])?.[broken.rule];
  // Every rule of the spec has a code (a test proves it); should one ever lack it, the body is malformed.
  if (!broken || !code) return fail(requestBody.syntax, broken?.rule ?? 'syntax', broken?.field);
  return fail(code, broken.rule, broken.field);
}
