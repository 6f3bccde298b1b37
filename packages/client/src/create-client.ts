import { type OperationId, operationRoutes, type Region } from '@as-lifecycle/types';
import { authenticator } from './authenticate';
import { type BuiltRequest, buildRequest } from './build-request';
import { abortedBefore, failed, type Outcome } from './classify';
import { type Credentials, type CredentialsInput, toCredentials } from './credentials';
import { resolveEndpoint } from './endpoint';
import type { CallOptions, ClientMethods } from './operation-types';
import { DEFAULT_MAX_RESPONSE_BYTES, readResponse } from './read-response';
import { type RetryOptions, retrying, toRetryPolicy } from './retry';
import { checkTimeout, type FetchLike, sendWithTimeout } from './send-with-timeout';
import { CREATE, misuse } from './usage-error';

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
    throw misuse(CREATE, 'projectId is empty', 'Pass the project id (HUAWEICLOUD_SDK_PROJECT_ID)');
  }
  const { projectId, fetch: userFetch } = options;
  const baseUrl = resolveEndpoint(options);
  const authenticate = authenticator(toCredentials(options.credentials), projectId);
  const policy = toRetryPolicy(options.retry);
  const defaultTimeoutMs = checkTimeout(options.timeoutMs ?? 30_000);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes < 1) {
    throw misuse(
      CREATE,
      `maxResponseBytes is ${maxResponseBytes}`,
      'Pass a whole number of bytes of at least 1',
    );
  }
  const throwOnError = options.throwOnError === true;

  // The request cycle: `buildRequest` once per call, then per attempt `authenticate`,
  // `sendWithTimeout` (the fetch and `readResponse` under one deadline) and `failed` to classify a
  // failure without an answer; `retrying` repeats the attempt while its failure is transient.

  /** One attempt: authenticate, then send and read under the timeout; never throws a failure. */
  async function attempt(
    id: OperationId,
    [method, url, body]: BuiltRequest,
    call: CallOptions | undefined,
  ): Promise<Outcome> {
    const caller = call?.signal;
    if (caller?.aborted) return abortedBefore(id, caller);
    const timeoutMs =
      call?.timeoutMs === undefined ? defaultTimeoutMs : checkTimeout(call.timeoutMs);
    // A token is set at once; a signature is awaited (a signing misuse throws: no network error).
    let headers = authenticate(method, url, body);
    if (headers instanceof Promise) {
      headers = await headers;
      if (caller?.aborted) return abortedBefore(id, caller);
    }
    let response: Response | undefined;
    try {
      return await sendWithTimeout(timeoutMs, caller, async (signal) => {
        // A redirect is never followed: the credentials in the headers must not go to another host.
        const init: RequestInit = { method, headers, signal, redirect: 'manual' };
        if (body !== undefined) init.body = body;
        response = await (userFetch ?? globalThis.fetch)(url, init);
        // A fetch that ignored its signal answered late: its attempt has failed, the body stays unread.
        signal.throwIfAborted();
        // Awaited rather than returned: a returned promise costs two more microtasks.
        return await readResponse(id, response, url, maxResponseBytes, signal);
      });
    } catch (cause) {
      return { error: failed(id, cause, caller, timeoutMs, response), response };
    }
  }

  const client: Record<string, unknown> = {};
  for (const id of Object.keys(operationRoutes) as OperationId[]) {
    client[id] = async (params: Record<string, unknown>, call?: CallOptions) => {
      const request = buildRequest(baseUrl, projectId, id, params);
      // Either { data, response } or { error, response }: the outcome is the result.
      const outcome = await retrying(policy, request[0], id, call?.signal, () =>
        attempt(id, request, call),
      );
      if (outcome.error && throwOnError) throw outcome.error;
      return outcome;
    };
  }
  return Object.freeze(client) as AutoScalingClient<TThrow>;
}
