/** What the spec says of each request body: its rules, their codes, its properties and examples. */
import { follow, type Node, nodeAt, segment } from './document';
import { type RequestBodyRule, type Rule, requestBodyRules } from './rules';

/** A map from rule (`pattern`, `required`, `anyOf`…) to the AS code the spec assigns it. */
export type Codes = Readonly<Record<string, string>>;

/** What the spec says about one property of a body. */
export interface PropertyModel {
  readonly name: string;
  /** Pointer to the property's schema in the spec. */
  readonly pointer: string;
  /** The validation keywords, the property's own over those of the schema it `$ref`s. */
  readonly keywords: Readonly<Node>;
  /** `description`, the property's own over that of the schema it `$ref`s. */
  readonly description?: string;
  /** `x-as-error-codes` of the property, its own over those of the schema it `$ref`s. */
  readonly codes: Codes;
  readonly required: boolean;
  /** Whether the spec gives a `default` (then `default` holds it). */
  readonly hasDefault: boolean;
  /** The value that applies when the property is left out. */
  readonly default?: unknown;
}

/** One entry of a request body's `x-as-invalid-examples`: a request breaking one rule, and its code. */
export interface InvalidExample {
  summary: string;
  rule: string;
  field?: string;
  value?: unknown;
  raw?: string;
  code: string;
}

/** What the spec says about the body of one operation. */
export interface BodyModel {
  readonly operationId: string;
  /** The request body object, `$ref` followed. */
  readonly requestBody: Readonly<Node>;
  /** The codes of the rules before the schema: `empty`, `syntax`, `mediaType`. */
  readonly requestCodes: Readonly<Record<RequestBodyRule, string>>;
  /** The `$ref` of the body's schema, `#/components/schemas/…`. */
  readonly schemaRef: string;
  /** Pointer to the body schema. */
  readonly pointer: string;
  readonly schema: Readonly<Node>;
  /** `x-as-error-codes` of the body schema itself (`type`, `anyOf`). */
  readonly schemaCodes: Codes;
  /** The validation keywords of the body schema itself, `properties` and `required` aside. */
  readonly schemaKeywords: readonly string[];
  readonly properties: readonly PropertyModel[];
  /** The property sets of the body's `anyOf` (one of them must be present in full). */
  readonly anyOf: readonly (readonly string[])[];
  /** The media types the body may be sent as. */
  readonly mediaTypes: readonly string[];
  /** The requests the spec lists as breaking exactly one rule (`x-as-invalid-examples`). */
  readonly invalidExamples: readonly InvalidExample[];
}

const annotations = new Set([
  '$ref',
  'description',
  'default',
  'examples',
  'example',
  'title',
  '$comment',
]);
const isKeyword = (key: string) => !key.startsWith('x-') && !annotations.has(key);
const codesIn = (node: Node) => (node['x-as-error-codes'] ?? {}) as Record<string, string>;

function propertyModel(document: Node, schemaPointer: string, required: string[]) {
  return ([name, own]: [string, Node]): PropertyModel => {
    const target = follow(document, own, '').node;
    const merged = { ...target, ...own };
    const description = merged.description;
    return {
      name,
      pointer: `${schemaPointer}/properties/${segment(name)}`,
      keywords: Object.fromEntries(Object.entries(merged).filter(([key]) => isKeyword(key))),
      ...(typeof description === 'string' ? { description } : {}),
      codes: { ...codesIn(target), ...codesIn(own) },
      required: required.includes(name),
      hasDefault: 'default' in merged,
      ...('default' in merged ? { default: merged.default } : {}),
    };
  };
}

/** The body of one operation as the spec declares it; throws when the declaration is incomplete. */
export function bodyModel(document: Node, operationId: string, requestBodyNode: Node): BodyModel {
  const requestBody = follow(document, requestBodyNode, '').node;
  const content = (requestBody.content ?? {}) as Record<string, Node>;
  const schemaRef = content['application/json']?.schema;
  const ref = (schemaRef as Node | undefined)?.$ref;
  if (typeof ref !== 'string') {
    throw new Error(
      `Failed to read the spec: ${operationId}'s body has no application/json schema $ref. Name its schema in components.`,
    );
  }
  const codes = codesIn(requestBody);
  const missing = requestBodyRules.filter((rule) => typeof codes[rule] !== 'string');
  if (missing.length > 0) {
    throw new Error(
      `Failed to read the spec: ${operationId}'s request body has no code for ${missing.join(', ')}. Add them to its x-as-error-codes.`,
    );
  }
  const unknown = Object.keys(codes).filter(
    (rule) => !(requestBodyRules as readonly string[]).includes(rule),
  );
  if (unknown.length > 0) {
    throw new Error(
      `Failed to read the spec: ${operationId}'s request body gives a code to ${unknown.join(', ')}, which no package knows (a request body has ${requestBodyRules.join(', ')}). Put a rule of the body's schema in the schema's x-as-error-codes.`,
    );
  }
  const pointer = ref.replace(/^#/, '');
  const schema = nodeAt(document, ref);
  const required = (schema.required as string[] | undefined) ?? [];
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Node>);
  return {
    operationId,
    requestBody,
    requestCodes: Object.fromEntries(requestBodyRules.map((rule) => [rule, codes[rule]])) as Record<
      RequestBodyRule,
      string
    >,
    schemaRef: ref,
    pointer,
    schema,
    schemaCodes: codesIn(schema),
    schemaKeywords: Object.keys(schema).filter(
      (key) => isKeyword(key) && key !== 'properties' && key !== 'required',
    ),
    properties: properties.map(propertyModel(document, pointer, required)),
    anyOf: ((schema.anyOf as Node[] | undefined) ?? []).map(
      (branch) => (branch.required as string[] | undefined) ?? [],
    ),
    mediaTypes: Object.keys(content),
    invalidExamples: (requestBody['x-as-invalid-examples'] as InvalidExample[] | undefined) ?? [],
  };
}

/**
 * The AS code the spec assigns to a rule of a body, or `undefined` when it assigns none.
 *
 * @example
 * import { codeOfRule } from '@as-lifecycle/spec/model';
 * import { loadSpecModel } from '@as-lifecycle/spec/load';
 *
 * const body = loadSpecModel().body('createLifecycleHook');
 * codeOfRule(body, { field: 'default_timeout', rule: 'minimum' }); // 'AS.7030'
 */
export function codeOfRule(body: BodyModel, rule: Rule): string | undefined {
  const codes =
    rule.field === undefined
      ? body.schemaCodes
      : body.properties.find((property) => property.name === rule.field)?.codes;
  return codes?.[rule.rule];
}

/**
 * Every rule of a body as one string each: the rules before the schema (`empty`, `syntax`,
 * `mediaType`), the schema's own (`body.type`), each property's keywords (`name.pattern`) and
 * `name.required` for a required one.
 *
 * @example
 * import { bodyRuleKeys } from '@as-lifecycle/spec/model';
 * import { loadSpecModel } from '@as-lifecycle/spec/load';
 *
 * bodyRuleKeys(loadSpecModel().body('callbackLifecycleHook')).includes('lifecycle_action_result.enum'); // true
 */
export function bodyRuleKeys(body: BodyModel): string[] {
  return [
    ...Object.keys(body.requestCodes),
    ...body.schemaKeywords.map((keyword) => `body.${keyword}`),
    ...body.properties.flatMap((property) => [
      ...Object.keys(property.keywords).map((keyword) => `${property.name}.${keyword}`),
      ...(property.required ? [`${property.name}.required`] : []),
    ]),
  ];
}
