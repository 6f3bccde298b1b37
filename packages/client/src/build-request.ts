import { type OperationId, operationRoutes } from '@as-lifecycle/types';
import { bodyChecks } from './body-checks';
import { operationUrl } from './operation-url';
import { misuse } from './usage-error';

/**
 * What one call sends, whatever the attempt, built once before the first: the method, the URL, and
 * the JSON body (undefined for an operation that takes none).
 */
export type BuiltRequest = readonly [method: string, url: string, body: string | undefined];

/**
 * The request of a call, from its parameters, or a `ClientUsageError` before anything is sent:
 * parameters that are no object, a body that fails its operation's check (`bodyChecks`) or does not
 * serialise, a path parameter that is missing.
 */
export function buildRequest(
  baseUrl: string,
  projectId: string,
  id: OperationId,
  params: Record<string, unknown>,
): BuiltRequest {
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
  return [operationRoutes[id][0], operationUrl(baseUrl, id, projectId, params), body];
}
