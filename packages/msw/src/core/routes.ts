/**
 * Routes a method and path to one of the seven operations, from the spec's path templates
 * (`operationRoutes`, generated). The part of the path before `/autoscaling-api/` is ignored, so
 * a mock behind a proxy prefix still routes.
 */
import { type OperationId, operationRoutes } from '@as-lifecycle/types';

interface Route {
  operationId: OperationId;
  method: string;
  pattern: RegExp;
  names: string[];
}

const routes: Route[] = Object.entries(operationRoutes)
  .map(([operationId, [method, template]]) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
    const source = template.replace(/\{\w+\}/g, '([^/]+)');
    return {
      operationId: operationId as OperationId,
      method,
      pattern: new RegExp(`^${source}$`),
      names,
    };
  })
  // A literal segment beats a parameter: `…/{group}/list` before `…/{group}/{hook}`.
  .sort((a, b) => a.names.length - b.names.length);

export type RouteMatch =
  | { operationId: OperationId; params: Record<string, string> }
  | { notFound: true }
  | { allow: string[] };

/** The operation a request is for, with its decoded path parameters. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const start = pathname.indexOf('/autoscaling-api/');
  if (start === -1) return { notFound: true };
  const path = pathname.slice(start);
  const allow: string[] = [];
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.method !== method) {
      if (!allow.includes(route.method)) allow.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    try {
      for (const [index, name] of route.names.entries())
        params[name] = decodeURIComponent(match[index + 1] as string);
    } catch {
      return { notFound: true };
    }
    return { operationId: route.operationId, params };
  }
  return allow.length > 0 ? { allow } : { notFound: true };
}
