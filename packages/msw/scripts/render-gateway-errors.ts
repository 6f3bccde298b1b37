/**
 * Renders `src/generated/gateway-errors.ts`: per security scheme, the failures the API gateway
 * answers in its flat body (`x-as-gateway-errors`): the code, and the cause naming its message in
 * the catalogue's `messages`.
 */
import type { SpecModel } from '@as-lifecycle/spec/model';

export function renderGatewayErrors(model: SpecModel): string {
  return `import type { AsErrorCode } from '@as-lifecycle/types';

/** Per security scheme, the failures the API gateway answers in its flat body, from \`x-as-gateway-errors\`. */
export const gatewayErrors = ${JSON.stringify(model.gatewayErrors, null, 2)} as const satisfies Readonly<
  Record<string, Readonly<Record<string, { code: AsErrorCode; cause: string }>>>
>;
`;
}
