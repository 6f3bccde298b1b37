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

/**
 * Renders `src/generated/timeout-limits.ts`: the older `default_timeout` minimum some editions still
 * enforce (`x-as-legacy-minimum`), for a mock that acts as one.
 */
export function renderTimeoutLimits(model: SpecModel): string {
  return `/**
 * The least \`default_timeout\` older editions of the provider accept (the Go SDK, Terraform and some
 * regional editions), from \`LifecycleHookTimeout\` \`x-as-legacy-minimum\`: pass it as
 * \`createLifecycleMock({ limits: { defaultTimeoutMinimum: legacyDefaultTimeoutMinimum } })\`.
 *
 * @example
 * import { createLifecycleMock, legacyDefaultTimeoutMinimum } from '@as-lifecycle/msw';
 *
 * const older = createLifecycleMock({ limits: { defaultTimeoutMinimum: legacyDefaultTimeoutMinimum } });
 */
export const legacyDefaultTimeoutMinimum = ${model.limits.timeoutSeconds.legacyMinimum};
`;
}
