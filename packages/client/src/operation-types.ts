/**
 * The client's method types, derived from the generated `operations` so that a field or parameter
 * changed in the spec changes them too. Nothing here names a field by hand.
 */
import type {
  CallbackLifecycleHookBody,
  components,
  OperationId,
  operations,
} from '@as-lifecycle/types';
import type { AutoScalingError } from './errors';

type Operation<K extends OperationId> = operations[K];

type PathParams<K extends OperationId> = Operation<K>['parameters'] extends { path: infer P }
  ? Omit<P, 'project_id'>
  : object;

type QueryParams<K extends OperationId> = Operation<K>['parameters'] extends { query?: infer Q }
  ? [Q] extends [never | undefined]
    ? object
    : NonNullable<Q>
  : object;

/**
 * A body as the types package names it, where it names one: the callback body's two targets are
 * `CallbackByActionKey | CallbackByInstanceAndHook`, so that a body without a target fails with
 * "not assignable to type 'CallbackLifecycleHookBody'" rather than a page of inline object types.
 */
type Named<B> = [B] extends [components['schemas']['CallbackLifecycleHookBody']]
  ? [components['schemas']['CallbackLifecycleHookBody']] extends [B]
    ? CallbackLifecycleHookBody
    : B
  : B;

type RequestBody<K extends OperationId> =
  Operation<K> extends {
    requestBody: { content: { 'application/json': infer B } };
  }
    ? { body: Named<B> }
    : object;

/**
 * What a method takes: the path parameters (but the project id), the query, and the body.
 *
 * @example
 * const params: OperationParams<'showLifecycleHook'> = { scaling_group_id: 'g', lifecycle_hook_name: 'h' };
 */
export type OperationParams<K extends OperationId> = PathParams<K> &
  QueryParams<K> &
  RequestBody<K>;

/**
 * What a method answers on success: the 200 body, or `undefined` for 204.
 *
 * @example
 * type Hooks = OperationData<'listLifecycleHooks'>; // { lifecycle_hooks: LifecycleHook[] }
 */
export type OperationData<K extends OperationId> = Operation<K>['responses'] extends {
  200: { content: { 'application/json': infer D } };
}
  ? D
  : undefined;

/**
 * A success: `data` is set, `error` is not.
 *
 * @example
 * const result = await client.listLifecycleHooks({ scaling_group_id: groupId });
 * if (!result.error) console.log(result.data.lifecycle_hooks.length); // data narrowed to the 200 body
 */
export interface Success<T> {
  data: T;
  error?: undefined;
  response: Response;
}

/**
 * A failure: `error` is set, `response` too unless no response arrived.
 *
 * @example
 * const result = await client.showLifecycleHook({ scaling_group_id: groupId, lifecycle_hook_name: 'drain' });
 * if (result.error) console.error(result.error.message, result.response?.status);
 */
export interface Failure {
  data?: undefined;
  error: AutoScalingError;
  response: Response | undefined;
}

/**
 * `{ data, error, response }`: failures are values.
 *
 * @example
 * const { data, error } = await client.listHookInstances({ scaling_group_id: groupId });
 */
export type Result<T> = Success<T> | Failure;

/**
 * Per-call options: a signal that aborts the call and its retries, and a timeout per attempt.
 *
 * @example
 * // at most 20 s for the call and its retries (then an AbortError), 5 s for each attempt
 * await client.listLifecycleHooks(
 *   { scaling_group_id: groupId },
 *   { signal: AbortSignal.timeout(20_000), timeoutMs: 5000 },
 * );
 */
export interface CallOptions {
  /** Aborts the call (and its retries). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for each attempt of this call. */
  timeoutMs?: number;
}

/**
 * One method per operation of the spec, named after its operation id.
 *
 * @example
 * type Callback = ClientMethods<false>['callbackLifecycleHook'];
 */
export type ClientMethods<TThrow extends boolean> = {
  [K in OperationId]: (
    params: OperationParams<K>,
    options?: CallOptions,
  ) => Promise<TThrow extends true ? Success<OperationData<K>> : Result<OperationData<K>>>;
};
