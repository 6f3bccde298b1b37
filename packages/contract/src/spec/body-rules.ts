/**
 * The request-body rules of the spec, read at test time: for each operation with a body, its
 * properties and their JSON-Schema keywords, the AS code `x-as-error-codes` gives each rule, and an
 * oracle naming the rules a value breaks (Ajv over the spec). The bodies generated from them are
 * in `body-arbitraries.ts`.
 */
import { deref, follow, type Node, operations, segment, validatorAt } from './spec-document';

/** A rule of a body: a keyword of the body schema (no field) or of one property. */
export interface Rule {
  field?: string;
  rule: string;
}

/** What the spec says about one property of a body. */
export interface PropertySpec {
  name: string;
  /** Pointer to the property's schema in the spec. */
  pointer: string;
  /** The property's keywords, its own over those of the schema it `$ref`s. */
  keywords: Node;
  /** `x-as-error-codes` of the property (and of the schema it `$ref`s). */
  codes: Record<string, string>;
  required: boolean;
  /** The value the spec says applies when the property is left out. */
  default?: unknown;
}

/** What the spec says about the body of one operation. */
export interface BodySpec {
  operationId: string;
  /** `empty`, `syntax`, `mediaType`: the rules before the schema. */
  requestCodes: Record<string, string>;
  /** Pointer to the body schema. */
  pointer: string;
  /** `x-as-error-codes` of the body schema itself (`type`, `anyOf`). */
  schemaCodes: Record<string, string>;
  /** The validation keywords of the body schema itself, `properties` and `required` aside. */
  schemaKeywords: string[];
  properties: PropertySpec[];
  /** The property sets of the body's `anyOf` (one of them must be present in full). */
  anyOf: string[][];
  /** The media types the body may be sent as. */
  mediaTypes: string[];
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

function bodySpec(operationId: string, requestBodyNode: Node): BodySpec {
  const requestBody = deref(requestBodyNode);
  const content = requestBody.content as Record<string, Node>;
  const media = content['application/json'] as Node;
  const { node: schema, pointer } = follow(media.schema as Node, '');
  const required = (schema.required as string[] | undefined) ?? [];
  const properties = Object.entries(schema.properties as Record<string, Node>).map(
    ([name, node]) => {
      const target = deref(node);
      const keywords = Object.fromEntries(
        Object.entries({ ...target, ...node }).filter(
          ([key]) => !key.startsWith('x-') && !annotations.has(key),
        ),
      );
      return {
        name,
        pointer: `${pointer}/properties/${segment(name)}`,
        keywords,
        codes: {
          ...(target['x-as-error-codes'] as Record<string, string> | undefined),
          ...(node['x-as-error-codes'] as Record<string, string> | undefined),
        },
        required: required.includes(name),
        ...('default' in node || 'default' in target
          ? { default: node.default ?? target.default }
          : {}),
      };
    },
  );
  return {
    operationId,
    requestCodes: requestBody['x-as-error-codes'] as Record<string, string>,
    pointer,
    schemaCodes: (schema['x-as-error-codes'] as Record<string, string> | undefined) ?? {},
    schemaKeywords: Object.keys(schema).filter(
      (k) => !k.startsWith('x-') && !annotations.has(k) && k !== 'properties' && k !== 'required',
    ),
    properties,
    anyOf: ((schema.anyOf as Node[] | undefined) ?? []).map(
      (branch) => branch.required as string[],
    ),
    mediaTypes: Object.keys(content),
  };
}

/** Every operation with a body, by id. */
export const bodySpecs: Record<string, BodySpec> = Object.fromEntries(
  operations
    .filter((o) => o.node.requestBody)
    .map((o) => [o.operationId, bodySpec(o.operationId, o.node.requestBody as Node)]),
);

/** The spec of an operation's body; throws for an operation without one. */
export function bodyOf(operationId: string): BodySpec {
  const found = bodySpecs[operationId];
  if (!found) throw new Error(`Failed to find a request body for ${operationId} in the spec.`);
  return found;
}

export const ruleKey = (rule: Rule) => `${rule.field ?? ''}.${rule.rule}`;

/**
 * The rules a value breaks, by the spec's schema (every error, not only the first). A value of the
 * wrong type breaks its `type` rule only: its other keywords (such as `enum`) fail with it.
 */
export function brokenRules(operationId: string, value: unknown): Rule[] {
  const validate = validatorAt(bodyOf(operationId).pointer);
  if (validate(value)) return [];
  const rules = new Map<string, Rule>();
  for (const error of validate.errors ?? []) {
    // An error inside an anyOf branch is summed up by the anyOf's own error.
    if (error.schemaPath.includes('/anyOf/')) continue;
    const rule: Rule =
      error.keyword === 'required'
        ? { field: String(error.params.missingProperty), rule: 'required' }
        : error.instancePath === ''
          ? { rule: error.keyword }
          : {
              field: (error.instancePath.split('/')[1] as string)
                .replaceAll('~1', '/')
                .replaceAll('~0', '~'),
              rule: error.keyword,
            };
    rules.set(ruleKey(rule), rule);
  }
  const typed = new Set([...rules.values()].filter((r) => r.rule === 'type').map((r) => r.field));
  return [...rules.values()].filter((r) => r.rule === 'type' || !typed.has(r.field));
}

/** The AS code the spec assigns to a rule of an operation's body; throws when it assigns none. */
export function codeOfRule(operationId: string, rule: Rule): string {
  const body = bodyOf(operationId);
  const codes =
    rule.field === undefined
      ? body.schemaCodes
      : body.properties.find((p) => p.name === rule.field)?.codes;
  const code = codes?.[rule.rule];
  if (code === undefined) {
    throw new Error(
      `The spec assigns no code to ${operationId} ${rule.field ?? 'body'} ${rule.rule}.`,
    );
  }
  return code;
}

/**
 * Every rule of an operation's body, as `Case` names them: the request-body rules (`empty`,
 * `syntax`, `mediaType`), the schema's own (`body.type`), each property's keywords (`name.pattern`)
 * and `name.required` for a required one.
 */
export function bodyRuleKeys(operationId: string): string[] {
  const body = bodyOf(operationId);
  return [
    ...Object.keys(body.requestCodes),
    ...body.schemaKeywords.map((k) => `body.${k}`),
    ...body.properties.flatMap((p) => [
      ...Object.keys(p.keywords).map((k) => `${p.name}.${k}`),
      ...(p.required ? [`${p.name}.required`] : []),
    ]),
  ];
}

/** The rules a property value breaks, by the property's own schema. */
export function propertyBreaks(property: PropertySpec, value: unknown): string[] {
  const validate = validatorAt(property.pointer);
  if (validate(value)) return [];
  const keywords = [...new Set((validate.errors ?? []).map((e) => e.keyword))];
  return keywords.includes('type') ? ['type'] : keywords;
}
