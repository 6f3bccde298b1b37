/**
 * MSW's `http`, typed by the spec's generated `paths` (through openapi-msw), for one-off overrides
 * in a test: path parameters, bodies and responses are checked at compile time.
 */
import type { paths } from '@as-lifecycle/types';
import { createOpenApiHttp, type HttpMethod, type OpenApiHttpHandlers } from 'openapi-msw';

/**
 * What TypeScript says when a handler is given a path the spec does not have, such as a concrete
 * URL: the second overload of each method, which nothing matches, so that its parameter type is
 * the message.
 */
type SpecPathOnly =
  "Write the spec's path template, e.g. '/autoscaling-api/v1/{project_id}/scaling_instance_hook/{scaling_group_id}/list', and give the origin to createLifecycleHttp(origin); for a concrete URL use http.untyped";

/**
 * openapi-msw's `http` for the lifecycle-hook paths, each method with a second signature whose
 * error names the fix.
 *
 * @example
 * import { createLifecycleHttp, type LifecycleHttp } from '@as-lifecycle/msw';
 *
 * const http: LifecycleHttp = createLifecycleHttp();
 * const handler = http.delete(
 *   '/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/{lifecycle_hook_name}',
 *   ({ response }) => response(204).empty(),
 * );
 */
export type LifecycleHttp = OpenApiHttpHandlers<paths> & {
  [Method in HttpMethod]: (path: SpecPathOnly, resolver: (...args: never[]) => unknown) => never;
};

/**
 * A typed `http` for the lifecycle-hook paths on one origin (default: any). Paths are the spec's
 * templates (`{project_id}`, `{scaling_group_id}`), which match any id; read `params` to answer for
 * one group only. A concrete URL does not compile: `http.untyped` is MSW's own `http` for that.
 *
 * @example
 * import { createLifecycleHttp } from '@as-lifecycle/msw';
 *
 * const http = createLifecycleHttp();
 * server.use(
 *   http.get('/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list', ({ response }) =>
 *     response(500).json({ error: { code: 'AS.0001', message: 'System error.' } }),
 *   ),
 * );
 */
export function createLifecycleHttp(baseUrl = '*'): LifecycleHttp {
  return createOpenApiHttp<paths>({ baseUrl }) as LifecycleHttp;
}
