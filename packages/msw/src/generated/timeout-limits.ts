// Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.
/**
 * The least `default_timeout` older editions of the provider accept (the Go SDK, Terraform and some
 * regional editions), from `LifecycleHookTimeout` `x-as-legacy-minimum`: pass it as
 * `createLifecycleMock({ limits: { defaultTimeoutMinimum: legacyDefaultTimeoutMinimum } })`.
 *
 * @example
 * import { createLifecycleMock, legacyDefaultTimeoutMinimum } from '@as-lifecycle/msw';
 *
 * const older = createLifecycleMock({ limits: { defaultTimeoutMinimum: legacyDefaultTimeoutMinimum } });
 */
export const legacyDefaultTimeoutMinimum = 300;
