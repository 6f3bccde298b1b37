/**
 * Renders `src/generated/request-rules.ts`: per operation with a body, the AS code of each rule, and
 * the defaults create applies.
 */
import { type BodyModel, requestBodyRules } from '@as-lifecycle/spec/model';

const literal = (value: unknown) => JSON.stringify(value, null, 2);

function operationRules(body: BodyModel) {
  return {
    requestBody: body.requestCodes,
    schema: body.schemaCodes,
    fields: Object.fromEntries(body.properties.map((property) => [property.name, property.codes])),
  };
}

/** The `default` of each property of a body that has one. */
const defaultsOf = (body: BodyModel) =>
  Object.fromEntries(
    body.properties.filter((p) => p.hasDefault).map((p) => [p.name, p.default] as const),
  );

/** The `minimum` and `maximum` of each property of a body that has both. */
const boundsOf = (body: BodyModel) =>
  Object.fromEntries(
    body.properties.flatMap(({ name, keywords: { minimum, maximum } }) =>
      typeof minimum === 'number' && typeof maximum === 'number'
        ? [[name, { minimum, maximum }] as const]
        : [],
    ),
  );

/** The source of `request-rules.ts`, without its banner. */
export function renderRequestRules(operations: readonly BodyModel[]): string {
  const create = operations.find((operation) => operation.operationId === 'createLifecycleHook');
  if (!create) {
    throw new Error(
      'Failed to render the request rules: the spec has no createLifecycleHook with a body.',
    );
  }
  const rules = Object.fromEntries(
    operations.map((operation) => [operation.operationId, operationRules(operation)]),
  );
  return `import type { AsErrorCode, CreateLifecycleHookBody } from '@as-lifecycle/types';

/** The AS codes of one operation's body rules, keyed by rule. */
export interface OperationRules {
  /** Before the schema: a body that is empty, is not JSON, or is not sent as JSON. */
  readonly requestBody: Readonly<Record<${requestBodyRules.map((rule) => `'${rule}'`).join(' | ')}, AsErrorCode>>;
  /** The body schema's own keywords (\`type\`, \`anyOf\`). */
  readonly schema: Readonly<Partial<Record<string, AsErrorCode>>>;
  /** Per property, per JSON Schema keyword; a missing property takes its own \`required\` code. */
  readonly fields: Readonly<Record<string, Readonly<Partial<Record<string, AsErrorCode>>>>>;
}

/** The AS code of every request-body rule of every operation with a body, from \`x-as-error-codes\`. */
export const requestRules = ${literal(rules)} as const satisfies Record<string, OperationRules>;

/** What create applies to the fields a body leaves out, from the spec's \`default\`s. */
export const createHookDefaults = ${literal(defaultsOf(create))} as const satisfies Partial<CreateLifecycleHookBody>;

/** The bounds of create's numeric fields, from the spec's \`minimum\` and \`maximum\`. */
export const createHookBounds = ${literal(boundsOf(create))} as const satisfies Partial<
  Record<keyof CreateLifecycleHookBody, { minimum: number; maximum: number }>
>;
`;
}
