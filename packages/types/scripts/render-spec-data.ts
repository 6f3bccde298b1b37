/**
 * Renders the runtime data of `src/generated/spec-data.ts` from the parsed spec: one list per enum
 * schema, the regions and their endpoints, the error catalogue and the operation table.
 */

interface Server {
  url: string;
  variables?: { region?: { enum?: string[] } };
}

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string }[];
  'x-sdk-operation': string;
  responses: Record<string, unknown>;
}

interface CatalogueEntry {
  status: number;
  message: string;
  shape?: 'as' | 'gateway';
}

interface SchemaNode {
  enum?: string[];
  maxItems?: number;
  properties?: Record<string, SchemaNode>;
  'x-as-extend-seconds'?: number;
}

interface Spec {
  servers: Server[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, SchemaNode>;
    securitySchemes: Record<string, { 'x-as-error-codes'?: Record<string, string> }>;
    'x-as-error-catalogue': Record<string, CatalogueEntry>;
  };
}

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;
const literal = (value: unknown) => JSON.stringify(value, null, 2);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function renderSpecData(spec: Spec): string {
  const out: string[] = ["import type { components } from './openapi';", ''];

  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    if (!schema.enum) continue;
    out.push(
      `/** Every value of \`${name}\`, in the spec's order. */`,
      `export const ${camel(name)}Values = ${literal(schema.enum)} as const satisfies readonly components['schemas']['${name}'][];`,
      '',
    );
  }

  // Limits the spec states, for the code that enforces them.
  const schemas = spec.components.schemas;
  const maxHooks = schemas.ListLifecycleHooksResponse?.properties?.lifecycle_hooks?.maxItems;
  const extendSeconds = schemas.LifecycleActionResult?.['x-as-extend-seconds'];
  if (typeof maxHooks !== 'number' || typeof extendSeconds !== 'number') {
    throw new Error(
      'Failed to render the spec data: ListLifecycleHooksResponse.lifecycle_hooks needs maxItems, and LifecycleActionResult needs x-as-extend-seconds.',
    );
  }
  out.push(
    '/** The hooks a group holds at most (`ListLifecycleHooksResponse.lifecycle_hooks` maxItems), and the seconds one EXTEND adds (`LifecycleActionResult` x-as-extend-seconds). */',
    `export const lifecycleLimits = ${literal({ maxHooksPerGroup: maxHooks, extendSeconds })} as const;`,
    '',
  );

  const servers = spec.servers.map((server) => ({
    url: server.url,
    regions: server.variables?.region?.enum ?? [],
  }));
  out.push(
    "/** The spec's servers: an endpoint template and the regions it serves. Compact, for bundles. */",
    `export const regionServers = ${literal(servers)} as const;`,
    '',
    "/** Every region the spec's servers name, sorted. */",
    'export const regionValues = /* @__PURE__ */ regionServers.flatMap((server) => server.regions).sort();',
    '',
    '/** A region the spec names. */',
    "export type Region = (typeof regionServers)[number]['regions'][number];",
    '',
    '/** The AS endpoint of each region (`ap-southeast-1` is served under another domain). */',
    'export const regionEndpoints: Readonly<Record<Region, string>> = /* @__PURE__ */ Object.fromEntries(',
    "  regionServers.flatMap((server) => server.regions.map((region) => [region, server.url.replace('{region}', region)])),",
    ') as Record<Region, string>;',
    '',
  );

  const catalogue = Object.fromEntries(
    Object.entries(spec.components['x-as-error-catalogue']).map(([code, entry]) => [
      code,
      { status: entry.status, message: entry.message, shape: entry.shape ?? 'as' },
    ]),
  );
  out.push(
    "/** Every error code the spec names, with its HTTP status, the provider's message and the body shape. */",
    `export const asErrorCatalogue = ${literal(catalogue)} as const;`,
    '',
    "/** An error code the spec names: the service's `AS.xxxx` codes and the gateway's `APIGW.xxxx`. */",
    'export type AsErrorCode = keyof typeof asErrorCatalogue;',
    '',
    "/** Every error code the spec names, in the spec's order. */",
    `export const asErrorCodeValues = ${literal(Object.keys(catalogue))} as const satisfies readonly AsErrorCode[];`,
    '',
  );

  const security = Object.fromEntries(
    Object.entries(spec.components.securitySchemes).map(([name, scheme]) => [
      name,
      scheme['x-as-error-codes'] ?? {},
    ]),
  );
  out.push(
    '/** The codes each way to authenticate answers: credentials missing, invalid, or for another project. */',
    `export const securityErrorCodes = ${literal(security)} as const satisfies Record<string, Record<string, AsErrorCode>>;`,
    '',
  );

  const operations: Record<string, unknown> = {};
  const routes: Record<string, [string, string, string[]]> = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of methods) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const success = Object.keys(op.responses).find((status) => status.startsWith('2'));
      operations[op.operationId] = {
        method: method.toUpperCase(),
        path,
        successStatus: Number(success),
        sdkOperation: op['x-sdk-operation'],
      };
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      routes[op.operationId] = [method.toUpperCase(), path, query];
    }
  }
  out.push(
    "/** The seven operations: method, path template, success status and the provider's SDK operation name. */",
    `export const apiOperations = ${literal(operations)} as const;`,
    '',
    '/** The id of one of the seven operations. */',
    'export type OperationId = keyof typeof apiOperations;',
    '',
    "/** Each operation's method, path template and query parameter names: what a client bundles. */",
    `export const operationRoutes: Readonly<Record<OperationId, readonly [method: string, path: string, query: readonly string[]]>> = ${literal(routes)};`,
    '',
  );
  return out.join('\n');
}
