// Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.
import type { AsErrorCode, CreateLifecycleHookBody } from '@as-lifecycle/types';

/** The AS codes of one operation's body rules, keyed by rule. */
export interface OperationRules {
  /** Before the schema: a body that is empty, is not JSON, or is not sent as JSON. */
  readonly requestBody: Readonly<Record<'empty' | 'syntax' | 'mediaType', AsErrorCode>>;
  /** The body schema's own keywords (`type`, `anyOf`). */
  readonly schema: Readonly<Partial<Record<string, AsErrorCode>>>;
  /** Per property, per JSON Schema keyword; a missing property takes its own `required` code. */
  readonly fields: Readonly<Record<string, Readonly<Partial<Record<string, AsErrorCode>>>>>;
}

/** The AS code of every request-body rule of every operation with a body, from `x-as-error-codes`. */
export const requestRules = {
  callbackLifecycleHook: {
    requestBody: {
      empty: 'AS.0002',
      syntax: 'AS.0022',
      mediaType: 'AS.0022',
    },
    schema: {
      type: 'AS.0022',
      anyOf: 'AS.7040',
      additionalProperties: 'AS.0022',
    },
    fields: {
      lifecycle_action_key: {
        type: 'AS.0022',
        minLength: 'AS.7040',
      },
      instance_id: {
        type: 'AS.0022',
        minLength: 'AS.7040',
      },
      lifecycle_hook_name: {
        type: 'AS.0022',
        minLength: 'AS.7040',
      },
      lifecycle_action_result: {
        required: 'AS.7039',
        type: 'AS.7034',
        enum: 'AS.7034',
      },
    },
  },
  createLifecycleHook: {
    requestBody: {
      empty: 'AS.0002',
      syntax: 'AS.0022',
      mediaType: 'AS.0022',
    },
    schema: {
      type: 'AS.7036',
      additionalProperties: 'AS.0022',
    },
    fields: {
      lifecycle_hook_name: {
        required: 'AS.7032',
        minLength: 'AS.7032',
        type: 'AS.7031',
        maxLength: 'AS.7031',
        pattern: 'AS.7031',
      },
      lifecycle_hook_type: {
        required: 'AS.7037',
        type: 'AS.7033',
        enum: 'AS.7033',
      },
      default_result: {
        type: 'AS.7034',
        enum: 'AS.7034',
      },
      default_timeout: {
        type: 'AS.7030',
        minimum: 'AS.7030',
        maximum: 'AS.7030',
      },
      notification_topic_urn: {
        required: 'AS.7043',
        type: 'AS.7043',
        pattern: 'AS.7043',
      },
      notification_metadata: {
        type: 'AS.7035',
        maxLength: 'AS.7035',
        pattern: 'AS.7055',
      },
    },
  },
  updateLifecycleHook: {
    requestBody: {
      empty: 'AS.0002',
      syntax: 'AS.0022',
      mediaType: 'AS.0022',
    },
    schema: {
      type: 'AS.7036',
      additionalProperties: 'AS.0022',
    },
    fields: {
      lifecycle_hook_type: {
        type: 'AS.7033',
        enum: 'AS.7033',
      },
      default_result: {
        type: 'AS.7034',
        enum: 'AS.7034',
      },
      default_timeout: {
        type: 'AS.7030',
        minimum: 'AS.7030',
        maximum: 'AS.7030',
      },
      notification_topic_urn: {
        type: 'AS.7043',
        pattern: 'AS.7043',
      },
      notification_metadata: {
        type: 'AS.7035',
        maxLength: 'AS.7035',
        pattern: 'AS.7055',
      },
    },
  },
} as const satisfies Record<string, OperationRules>;

/** What create applies to the fields a body leaves out, from the spec's `default`s. */
export const createHookDefaults = {
  default_result: 'ABANDON',
  default_timeout: 3600,
} as const satisfies Partial<CreateLifecycleHookBody>;

/** The bounds of create's numeric fields, from the spec's `minimum` and `maximum`. */
export const createHookBounds = {
  default_timeout: {
    minimum: 60,
    maximum: 86400,
  },
} as const satisfies Partial<
  Record<keyof CreateLifecycleHookBody, { minimum: number; maximum: number }>
>;
