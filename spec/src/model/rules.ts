/**
 * What `x-as-error-codes` means: each key is a rule (a JSON-Schema keyword of a body schema or of
 * one property, or one of the request-body rules before the schema), each value the AS code the
 * service answers when a request breaks that rule first.
 */

/** The rules a request body has before its schema applies: no body, not JSON, not sent as JSON. */
export const requestBodyRules = ['empty', 'syntax', 'mediaType'] as const;

/** One of the rules before the schema. */
export type RequestBodyRule = (typeof requestBodyRules)[number];

/** A rule of a body: a keyword of the body schema itself (no field) or of one property. */
export interface Rule {
  field?: string;
  rule: string;
}

/** What a JSON-Schema validator (Ajv's `ErrorObject`) says of one error, as far as rules need. */
export interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/**
 * The rule a validator error breaks: `required` belongs to the missing property, any other keyword
 * to the property of the body the error is in (or to the body itself). An error inside an `anyOf`
 * branch gives none: the `anyOf` error after it stands for it.
 *
 * @example
 * ruleOfError({ keyword: 'pattern', schemaPath: '#/properties/x/pattern', instancePath: '/x', params: {} });
 * // { field: 'x', rule: 'pattern' }
 */
export function ruleOfError(error: SchemaError): Rule | undefined {
  if (error.schemaPath.includes('/anyOf/')) return undefined;
  if (error.keyword === 'required') {
    return { field: String(error.params.missingProperty), rule: 'required' };
  }
  const field = error.instancePath.split('/')[1];
  return field === undefined
    ? { rule: error.keyword }
    : { field: field.replaceAll('~1', '/').replaceAll('~0', '~'), rule: error.keyword };
}

/**
 * A rule as one string, `field.rule` (`.anyOf` for the body's own).
 *
 * @example
 * ruleKey({ field: 'default_timeout', rule: 'minimum' }); // 'default_timeout.minimum'
 */
export const ruleKey = (rule: Rule): string => `${rule.field ?? ''}.${rule.rule}`;
