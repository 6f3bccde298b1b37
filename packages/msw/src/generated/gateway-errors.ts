// Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.
import type { AsErrorCode } from '@as-lifecycle/types';

/** Per security scheme, the failures the API gateway answers in its flat body, from `x-as-gateway-errors`. */
export const gatewayErrors = {
  iamToken: {
    missing: {
      code: 'APIGW.0301',
      cause: 'token-missing',
    },
    invalid: {
      code: 'APIGW.0301',
      cause: 'token-invalid',
    },
  },
  akskSignature: {
    missing: {
      code: 'APIGW.0301',
      cause: 'signature',
    },
    invalid: {
      code: 'APIGW.0301',
      cause: 'signature',
    },
  },
} as const satisfies Readonly<
  Record<string, Readonly<Record<string, { code: AsErrorCode; cause: string }>>>
>;
