// Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.
/** One error, as ajv reports it. */
export interface ValidationError {
  /** JSON pointer to the failing value, `""` for the body itself. */
  instancePath: string;
  /** JSON pointer to the failing keyword in the schema. */
  schemaPath: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A validator compiled ahead of time: `true` when the data is valid. Otherwise `errors` holds the
 * first error, preceded, for an `anyOf`, by the errors of its branches.
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

/** Validates the body of `callbackLifecycleHook` against `#/components/schemas/CallbackLifecycleHookBody`. */
export declare const validateCallbackLifecycleHook: Validator;

/** Validates the body of `createLifecycleHook` against `#/components/schemas/CreateLifecycleHookBody`. */
export declare const validateCreateLifecycleHook: Validator;

/** Validates the body of `updateLifecycleHook` against `#/components/schemas/UpdateLifecycleHookBody`. */
export declare const validateUpdateLifecycleHook: Validator;

/** Validates a mock scenario against `scenario.schema.json`. */
export declare const validateScenario: Validator;
