/**
 * MSW's `http`, typed by the spec's generated `paths` (through openapi-msw), for one-off overrides
 * in a test: path parameters, bodies and responses are checked at compile time.
 */
import type { paths } from '@as-lifecycle/types';
import { createOpenApiHttp } from 'openapi-msw';

/**
 * A typed `http` for the lifecycle-hook paths on one base URL (default: any origin).
 *
 * @example
 * const http = createLifecycleHttp();
 * server.use(
 *   http.get('/autoscaling-api/v1/{project_id}/scaling_lifecycle_hook/{scaling_group_id}/list', ({ response }) =>
 *     response(500).json({ error: { code: 'AS.0001', message: 'System error.' } }),
 *   ),
 * );
 */
export function createLifecycleHttp(baseUrl = '*') {
  return createOpenApiHttp<paths>({ baseUrl });
}
