/**
 * Renders the runtime data of `src/generated/spec-data.ts` from the spec model: one list per enum
 * schema, the limits, the regions and their endpoints, the error catalogue and the operation table.
 */

import type { SpecModel } from '@as-lifecycle/spec/model';

const literal = (value: unknown) => JSON.stringify(value, null, 2);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

export function renderSpecData(model: SpecModel): string {
  const out: string[] = ["import type { components } from './openapi';", ''];

  for (const [name, values] of Object.entries(model.enums)) {
    out.push(
      `/** Every value of \`${name}\`, in the spec's order. */`,
      `export const ${camel(name)}Values = ${literal(values)} as const satisfies readonly components['schemas']['${name}'][];`,
      '',
    );
  }

  // Limits the spec states, for the code that enforces them.
  const { maxHooksPerGroup, extendSeconds } = model.limits;
  out.push(
    '/** The hooks a group holds at most (`ListLifecycleHooksResponse.lifecycle_hooks` maxItems), and the seconds one EXTEND adds (`LifecycleActionResult` x-as-extend-seconds). */',
    `export const lifecycleLimits = ${literal({ maxHooksPerGroup, extendSeconds })} as const;`,
    '',
  );

  const servers = model.servers;
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
    "  /* @__PURE__ */ regionServers.flatMap((server) => server.regions.map((region) => [region, server.url.replace('{region}', region)])),",
    ') as Record<Region, string>;',
    '',
  );

  const catalogue = model.catalogue;
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

  const security = model.securityErrorCodes;
  out.push(
    '/** The codes each way to authenticate answers: credentials missing, invalid, or for another project. */',
    `export const securityErrorCodes = ${literal(security)} as const satisfies Record<string, Record<string, AsErrorCode>>;`,
    '',
  );

  const operations: Record<string, unknown> = {};
  const routes: Record<string, [string, string, readonly string[]]> = {};
  for (const op of model.operations) {
    operations[op.operationId] = {
      method: op.method,
      path: op.path,
      successStatus: op.successStatus,
      sdkOperation: op.sdkOperation,
    };
    routes[op.operationId] = [op.method, op.path, op.query];
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
