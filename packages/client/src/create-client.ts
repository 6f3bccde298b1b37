import { sign } from '@as-lifecycle/signer';
import { type OperationId, operationRoutes, type Region } from '@as-lifecycle/types';
import { assertCallbackBody } from './callback-target';
import { type Credentials, type CredentialsInput, toCredentials } from './credentials';
import { resolveEndpoint } from './endpoint';
import {
  AbortError,
  type AutoScalingError,
  InvalidResponseError,
  misuse,
  NetworkError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors';
import type { CallOptions, ClientMethods, Result } from './operation-types';
import { parseApiError } from './parse-api-error';
import { backoffMs, isTransient, type RetryOptions, sleep, toRetryPolicy } from './retry';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  type FetchLike,
  isRedirect,
  operationUrl,
  parseBody,
  readTextWithin,
} from './transport';

/**
 * How to reach the service and authenticate: a `region`, or an `endpoint` (which wins when both
 * are given).
 *
 * @example
 * const options: ClientOptions = {
 *   region: 'cn-north-4',
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 *   credentials: { token: process.env.HUAWEICLOUD_SDK_TOKEN! },
 *   timeoutMs: 10_000,
 * };
 */
export interface ClientOptions<TThrow extends boolean = false> {
  /** The region; its endpoint comes from the spec (`ap-southeast-1` is served under another domain). */
  region?: Region;
  /** A base URL instead of a region: the mock server, a proxy, another cloud. Wins over `region`. */
  endpoint?: string;
  /** The project id in every path; with AK/SK it is also sent as `X-Project-Id`. */
  projectId: string;
  /** AK/SK, temporary AK/SK with a security token, or an IAM token. */
  credentials: CredentialsInput | Credentials;
  /**
   * The `fetch` to use, called as `fetch(url, init)`. Default: `globalThis.fetch`, looked up on every
   * call so that MSW started after the client was created still intercepts.
   */
  fetch?: FetchLike;
  /** Per attempt, in milliseconds. Default 30000. */
  timeoutMs?: number;
  /** Retries of reads; `false` turns them off. Writes are never retried unless `writes: true`. */
  retry?: RetryOptions | false;
  /**
   * The longest response body read, in bytes: past it the client stops reading and the call fails
   * with `ResponseTooLargeError` (never retried). Default 4 MiB (4194304), about 12,000 hanging
   * records in one list.
   */
  maxResponseBytes?: number;
  /** Throw the error instead of returning it: methods then resolve to `{ data, response }`. */
  throwOnError?: TThrow;
}

/**
 * A client with one method per operation of the lifecycle-hook API.
 *
 * @example
 * const client: AutoScalingClient = createAutoScalingClient({
 *   region: 'cn-north-4',
 *   projectId: '0605767a3300d5762fb7c0186d9e1779',
 *   credentials: configFromEnv(process.env).credentials,
 * });
 * const { data } = await client.listLifecycleHooks({ scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a' });
 */
export type AutoScalingClient<TThrow extends boolean = false> = Readonly<ClientMethods<TThrow>>;

const JSON_UTF8 = 'application/json;charset=UTF-8';
const TIMEOUT = Symbol('timeout');

/**
 * The checks a body gets before anything is sent, by operation: those the types enforce but an
 * untyped caller may miss. The request cycle itself names no operation.
 */
const bodyChecks: Partial<Record<OperationId, (body: never) => void>> = {
  callbackLifecycleHook: assertCallbackBody,
};

interface Outcome {
  data?: unknown;
  error?: AutoScalingError;
  response: Response | undefined;
}

/**
 * Creates a typed, signed client for the seven lifecycle-hook operations.
 *
 * @example
 * import { createAutoScalingClient, configFromEnv } from '@as-lifecycle/client';
 *
 * const { credentials, projectId } = configFromEnv(process.env);
 * const client = createAutoScalingClient({ region: 'cn-north-4', projectId: projectId!, credentials });
 * const { error } = await client.callbackLifecycleHook({
 *   scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
 *   body: { lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069', lifecycle_action_result: 'CONTINUE' },
 * });
 * if (error) console.error(error.message);
 */
export function createAutoScalingClient<TThrow extends boolean = false>(
  options: ClientOptions<TThrow>,
): AutoScalingClient<TThrow> {
  if (typeof options?.projectId !== 'string' || options.projectId.length === 0) {
    throw misuse(
      'create the client',
      'projectId is empty',
      'Pass the project id (HUAWEICLOUD_SDK_PROJECT_ID)',
    );
  }
  const { projectId, fetch: userFetch } = options;
  const baseUrl = resolveEndpoint(options);
  const credentials = toCredentials(options.credentials);
  const policy = toRetryPolicy(options.retry);
  const defaultTimeoutMs = checkTimeout(options.timeoutMs ?? 30_000);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw misuse(
      'create the client',
      `maxResponseBytes is ${maxResponseBytes}`,
      'Pass a whole number of bytes of at least 1',
    );
  }
  const throwOnError = options.throwOnError === true;
  const authHeaders: Record<string, string> =
    credentials.type === 'token' ? { 'X-Auth-Token': credentials.token } : {};
  const signOptions =
    credentials.type === 'aksk'
      ? {
          credentials: {
            accessKey: credentials.accessKey,
            secretKey: credentials.secretKey,
            ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
          },
          projectId,
        }
      : undefined;

  async function attempt(
    id: OperationId,
    url: string,
    body: string | undefined,
    call: CallOptions | undefined,
  ): Promise<Outcome> {
    const caller = call?.signal;
    const aborted = (): Outcome => ({
      error: new AbortError(id, caller?.reason),
      response: undefined,
    });
    if (caller?.aborted) return aborted();
    const timeoutMs =
      call?.timeoutMs === undefined ? defaultTimeoutMs : checkTimeout(call.timeoutMs);
    const [method] = operationRoutes[id];
    const headers: Record<string, string> = { ...authHeaders };
    if (body !== undefined) headers['Content-Type'] = JSON_UTF8;
    // Signed per attempt (a retry gets a fresh X-Sdk-Date); a signing misuse throws, it is no network error.
    if (signOptions) {
      Object.assign(headers, await sign({ method, url, headers, body: body ?? '' }, signOptions));
      if (caller?.aborted) return aborted();
    }
    const controller = new AbortController();
    // Settles when the call is aborted or times out, even if the fetch ignores its signal.
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
        once: true,
      });
    });
    stopped.catch(() => undefined);
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    const onAbort = () => controller.abort(caller?.reason);
    caller?.addEventListener('abort', onAbort, { once: true });
    let response: Response | undefined;
    try {
      const sent = (userFetch ?? globalThis.fetch)(url, {
        method,
        headers,
        signal: controller.signal,
        // Never followed: the credentials in the headers must not go to another host.
        redirect: 'manual',
        ...(body === undefined ? {} : { body }),
      });
      response = await Promise.race([sent, stopped]);
      if (isRedirect(response, url)) {
        response.body?.cancel().catch(() => undefined);
        // A followed redirect shows where it ended in `url`.
        const location =
          response.headers.get('Location') ?? ((response.url !== url && response.url) || undefined);
        return { error: new RedirectError(id, response.status, location), response };
      }
      const text = await Promise.race([
        readTextWithin(response, maxResponseBytes, controller.signal),
        stopped,
      ]);
      if (text === undefined) {
        return {
          error: new ResponseTooLargeError(id, response.status, maxResponseBytes),
          response,
        };
      }
      const data = parseBody(response, text);
      if (response.ok) return { data, response };
      return { error: parseApiError(id, response, data), response };
    } catch (cause) {
      if (caller?.aborted) return { error: new AbortError(id, caller.reason), response };
      if (controller.signal.reason === TIMEOUT) {
        return { error: new TimeoutError(id, timeoutMs), response };
      }
      if (response?.ok && cause instanceof SyntaxError) {
        return { error: new InvalidResponseError(id, response.status, cause), response };
      }
      return { error: new NetworkError(id, cause), response };
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    }
  }

  async function call(id: OperationId, params: Record<string, unknown>, options?: CallOptions) {
    if (typeof params !== 'object' || params === null) {
      throw misuse(
        `call ${id}`,
        'its parameters are missing',
        'Pass an object, e.g. { scaling_group_id }',
      );
    }
    bodyChecks[id]?.(params.body as never);
    const body = params.body === undefined ? undefined : JSON.stringify(params.body);
    if (body === undefined && 'body' in params) {
      throw misuse(`call ${id}`, 'the body is undefined', 'Pass the request body as { body }');
    }
    const [method] = operationRoutes[id];
    const url = operationUrl(baseUrl, id, projectId, params);
    const retries = method === 'GET' || policy.writes;
    for (let n = 1; ; n++) {
      const outcome = await attempt(id, url, body, options);
      const { error } = outcome;
      if (!error) return { data: outcome.data, response: outcome.response as Response };
      const wait =
        retries && isTransient(error) && n < policy.attempts
          ? backoffMs(policy, n, outcome.response)
          : undefined;
      if (wait === undefined) return fail(error, outcome.response);
      try {
        await sleep(wait, options?.signal);
      } catch (reason) {
        return fail(new AbortError(id, reason), outcome.response);
      }
    }
  }

  function fail(error: AutoScalingError, response: Response | undefined): Result<never> {
    if (throwOnError) throw error;
    return { error, response };
  }

  const client: Record<string, unknown> = {};
  for (const id of Object.keys(operationRoutes) as OperationId[]) {
    client[id] = (params: Record<string, unknown>, options?: CallOptions) =>
      call(id, params, options);
  }
  return Object.freeze(client) as AutoScalingClient<TThrow>;
}

/** The longest timer a JavaScript runtime keeps: 2^31 - 1 ms, about 24.8 days. */
export const MAX_TIMER_MS = 2_147_483_647;

function checkTimeout(timeoutMs: number): number {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMER_MS) {
    throw misuse(
      'set the timeout',
      `timeoutMs is ${timeoutMs}`,
      `Pass a number of milliseconds from 1 to ${MAX_TIMER_MS}`,
    );
  }
  return timeoutMs;
}
