/**
 * The emulator: a function from a request (method, URL, headers, body) to the provider's answer,
 * over the stateful model. It knows nothing of MSW or `node:http`; both adapters call `handle`.
 */
import type {
  AsErrorCode,
  CallbackLifecycleHookBody,
  CreateLifecycleHookBody,
  InstanceHangingInfo,
  OperationId,
  UpdateLifecycleHookBody,
} from '@as-lifecycle/types';
import { type AuthOptions, authenticate } from './auth';
import { formatInstant } from './clock';
import type { Denials } from './denials';
import type { Fault, FaultBook } from './faults';
import { createHook, deleteHook, type HookLimits, updateHook } from './hooks';
import { iamActions } from './iam-actions';
import { canExtend } from './instant-range';
import { type Journal, type JournalEntry, journalBody } from './journal';
import { applyDueTimeouts, applyResult, findTarget } from './lifecycle';
import { findGroup, type GroupState, type HangingRecord, type ModelState } from './model';
import { POLICY_DENIED, THROTTLED } from './refusal-codes';
import {
  type CoreResponse,
  errorResponse,
  filledMessage,
  jsonResponse,
  newRequestId,
  noContent,
} from './responses';
import { matchRoute } from './routes';
import type { Throttle } from './throttle';
import { checkRequestBody, isBodyOperation } from './validate-request';

/** A request as adapters hand it over: header names in lowercase, the body as text. */
export interface CoreRequest {
  method: string;
  /** Absolute URL (any host) or path, query included. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface HandlerContext {
  state: ModelState;
  auth: AuthOptions | undefined;
  faults: FaultBook;
  journal: Journal;
  /** Operations refused as a fine-grained IAM policy would (AS.0031). */
  denials: Denials;
  /** The gateway's rate limit (429 APIG.0308). */
  throttle: Throttle;
  /** Bounds the mock applies beyond the spec's (an older edition's `default_timeout` minimum). */
  limits: HookLimits;
}

/** The API's view of a hanging record: typed, so a field the spec adds must be filled here. */
export const hangingInfo = (record: HangingRecord): InstanceHangingInfo => ({
  instance_id: record.instance_id,
  scaling_group_id: record.scaling_group_id,
  lifecycle_hook_name: record.lifecycle_hook_name,
  lifecycle_action_key: record.lifecycle_action_key,
  lifecycle_hook_status: record.lifecycle_hook_status,
  timeout: formatInstant(record.timeoutAt),
  default_result: record.default_result,
});

/** The parts of a request target the emulator reads. */
interface Target {
  pathname: string;
  search: string;
  searchParams: URLSearchParams;
}

/**
 * Splits a request target. An origin-form target (`/path?query`, what the HTTP server receives) is
 * split by hand, which is most of the cost of `new URL` saved on every request; anything else is
 * parsed as a URL. Undefined when it is not one.
 */
function parseTarget(target: string): Target | undefined {
  if (target.startsWith('/') && !target.startsWith('//')) {
    const query = target.indexOf('?');
    const pathname = query === -1 ? target : target.slice(0, query);
    const search = query === -1 ? '' : target.slice(query);
    return { pathname, search, searchParams: new URLSearchParams(search) };
  }
  try {
    return new URL(target);
  } catch {
    return undefined;
  }
}

/** Answers one request: routing, faults, auth, body validation, then the operation on the model. */
export async function handle(context: HandlerContext, request: CoreRequest): Promise<CoreResponse> {
  const requestId = newRequestId();
  const url = parseTarget(request.url);
  if (!url) return errorResponse('AS.0007', requestId, undefined, notFound(request.url));
  const route = matchRoute(request.method.toUpperCase(), url.pathname);
  if ('notFound' in route) {
    return errorResponse('AS.0007', requestId, undefined, notFound(url.pathname));
  }
  if ('allow' in route) {
    const response = errorResponse('AS.0007', requestId, 405, notFound(url.pathname));
    response.headers.allow = route.allow.join(', ');
    return response;
  }
  const { operationId, params } = route;
  const entry: JournalEntry = {
    at: formatInstant(context.state.clock.now()),
    operationId,
    method: request.method.toUpperCase(),
    path: url.pathname + url.search,
    params: url.search === '' ? params : { ...params, ...Object.fromEntries(url.searchParams) },
    body: undefined,
    status: 0,
    code: undefined,
  };
  const outcome = await answer(context, { request, url, operationId, params, entry });
  let response: CoreResponse;
  if ('networkError' in outcome) {
    response = { status: 0, headers: {}, body: undefined, networkError: true };
  } else if (outcome.code !== undefined) {
    const message =
      outcome.message ??
      placeholderMessage(context, outcome.code, operationId, params, url.pathname);
    response = errorResponse(outcome.code, requestId, outcome.status, message);
    entry.code = outcome.code;
  } else {
    response =
      outcome.data === undefined
        ? noContent(requestId)
        : jsonResponse(200, outcome.data, requestId);
  }
  entry.status = response.networkError ? 0 : response.status;
  context.journal.add(entry);
  return response;
}

/** One routed request, as the steps of `answer` see it. */
interface Exchange {
  request: CoreRequest;
  url: Target;
  operationId: OperationId;
  params: Record<string, string>;
  /** The journal's entry: the steps fill in the validated body. */
  entry: JournalEntry;
}

/** AS.0007's message for a target no route has: the path names the resource not found. */
const notFound = (path: string) => filledMessage('AS.0007', [path.slice(0, 200)]);

/**
 * A refusal's message with its `%s` filled as the spec's `placeholders` say, when the step that
 * refused (the throttle, a denial, a queued fault, the model) gave none: AS.0007 the hook name of the path (else the path;
 * either as sent, percent-encoded, at most 200 characters),
 * AS.2033 the status of a scaling group (INSERVICE), AS.0031 the operation's IAM action, APIG.0308
 * the throttle's limit (0 for a queued fault with no throttle set). Undefined for the others: their
 * messages have no placeholder (a test over the whole catalogue holds it).
 */
function placeholderMessage(
  context: HandlerContext,
  code: AsErrorCode,
  operationId: OperationId,
  params: Record<string, string>,
  path: string,
): string | undefined {
  switch (code) {
    case 'AS.0007':
      // As the path has them (still percent-encoded): a name sent with `%0A` stays one line.
      return filledMessage(code, [
        (params.lifecycle_hook_name === undefined ? path : (path.split('/').pop() ?? '')).slice(
          0,
          200,
        ),
      ]);
    case 'AS.2033':
      return filledMessage(code, ['INSERVICE']);
    case POLICY_DENIED:
      return filledMessage(code, [iamActions[operationId]]);
    case THROTTLED:
      return filledMessage(code, [String(context.throttle.limit ?? 0)]);
    default:
      return undefined;
  }
}

/**
 * What an operation answers: data (or none, for 204), or a provider code (with its status, and its
 * message when the catalogue's needs filling in or the code has several).
 */
type Outcome =
  | { data?: unknown; code?: undefined }
  | { code: AsErrorCode; status?: number | undefined; message?: string | undefined };

/** A fault that fails the request at the network level: no answer at all. */
const NO_ANSWER = { networkError: true } as const;

/**
 * The faults; then the gateway's checks (credentials, then its rate limit); then the service's (the
 * IAM policy, the body, the operation). The first refusal answers.
 */
async function answer(
  context: HandlerContext,
  { request, url, operationId, params, entry }: Exchange,
): Promise<Outcome | typeof NO_ANSWER> {
  const fault: Fault | undefined = context.faults.take(operationId);
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault?.network) return NO_ANSWER;
  if (fault?.code || fault?.status) return { code: fault.code ?? 'AS.0001', status: fault.status };

  const projectId = params.project_id as string;
  if (context.auth) {
    const refused = await authenticate(context.auth, request, projectId);
    if (refused) return refused;
  }
  // Their messages' placeholders (the limit, the IAM action) are filled by placeholderMessage.
  if (context.throttle.refuses(context.state.clock.now())) return { code: THROTTLED };
  if (context.denials.denies(operationId)) return { code: POLICY_DENIED };

  let body: Record<string, unknown> = {};
  if (isBodyOperation(operationId)) {
    const checked = checkRequestBody(
      operationId,
      request.body,
      request.headers['content-type'] ?? null,
    );
    if (!checked.ok) return { code: checked.code };
    body = checked.body;
    entry.body = journalBody(request.body, body);
  }

  // The one place a request brings the model up to now: due timeouts apply before it is read.
  const { state } = context;
  applyDueTimeouts(state);
  const group = findGroup(state, projectId, params.scaling_group_id as string);
  if (!group) return { code: 'AS.2007' };
  return operations[operationId]({
    state,
    group,
    body,
    hookName: params.lifecycle_hook_name as string,
    query: url.searchParams,
    limits: context.limits,
  });
}

/** What an operation's handler receives: the model, the group, and the request's parts. */
interface OperationContext {
  state: ModelState;
  group: GroupState;
  /** The validated body (empty for operations without one). */
  body: Record<string, unknown>;
  /** The `{lifecycle_hook_name}` of the path, for the operations that have one. */
  hookName: string;
  query: URLSearchParams;
  limits: HookLimits;
}

/** One handler per operation of the spec: the table the emulator dispatches on. */
const operations: Record<OperationId, (context: OperationContext) => Outcome> = {
  callbackLifecycleHook({ state, group, body }) {
    const callback = body as CallbackLifecycleHookBody;
    const record = findTarget(group, callback);
    if (!record) return { code: 'AS.7042' };
    if (callback.lifecycle_action_result === 'EXTEND' && !canExtend(record.timeoutAt)) {
      return { code: 'AS.7034' };
    }
    applyResult(group, record, callback.lifecycle_action_result, {
      by: 'callback',
      at: state.clock.now(),
    });
    return {};
  },
  listHookInstances({ group, query }) {
    const instanceId = query.get('instance_id');
    const records = [...group.hanging.values()];
    const chosen =
      instanceId === null ? records : records.filter((r) => r.instance_id === instanceId);
    return { data: { instance_hanging_info: chosen.map(hangingInfo) } };
  },
  createLifecycleHook({ state, group, body, limits }) {
    const outcome = createHook(group, body as CreateLifecycleHookBody, state.clock.now(), limits);
    return 'code' in outcome ? outcome : { data: outcome.hook };
  },
  listLifecycleHooks: ({ group }) => ({ data: { lifecycle_hooks: [...group.hooks.values()] } }),
  showLifecycleHook({ group, hookName }) {
    const hook = group.hooks.get(hookName);
    return hook ? { data: hook } : { code: 'AS.0007' };
  },
  updateLifecycleHook({ group, hookName, body, limits }) {
    const outcome = updateHook(group, hookName, body as UpdateLifecycleHookBody, limits);
    return 'code' in outcome ? outcome : { data: outcome.hook };
  },
  deleteLifecycleHook: ({ group, hookName }) => deleteHook(group, hookName) as Outcome,
};
