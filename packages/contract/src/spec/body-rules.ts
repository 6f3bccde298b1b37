/**
 * The request-body rules of the spec, read at test time: for each operation with a body, its
 * properties and their JSON-Schema keywords, the AS code `x-as-error-codes` gives each rule, an
 * oracle naming the rules a value breaks (Ajv over the spec), and fast-check arbitraries for valid
 * bodies and for bodies that break exactly one rule.
 */
import fc from 'fast-check';
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

const key = (rule: Rule) => `${rule.field ?? ''}.${rule.rule}`;

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
    rules.set(key(rule), rule);
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
function propertyBreaks(property: PropertySpec, value: unknown): string[] {
  const validate = validatorAt(property.pointer);
  if (validate(value)) return [];
  const keywords = [...new Set((validate.errors ?? []).map((e) => e.keyword))];
  return keywords.includes('type') ? ['type'] : keywords;
}

const length = (s: string) => [...s].length;

/** Text in every script, well formed (no lone surrogates, which UTF-8 cannot carry). */
export const unicodeText = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', ...constraints }),
      fc.string({ unit: 'grapheme', ...constraints }),
      fc.string(constraints),
    )
    // With the u flag, a surrogate class matches only a lone surrogate.
    .filter((s) => !/[\uD800-\uDFFF]/u.test(s));

/** Valid values of a property, from its keywords, edges included; checked against its schema. */
export function validValue(property: PropertySpec): fc.Arbitrary<unknown> {
  const k = property.keywords;
  let arbitrary: fc.Arbitrary<unknown>;
  if (Array.isArray(k.enum)) {
    arbitrary = fc.constantFrom(...(k.enum as unknown[]));
  } else if (k.type === 'integer') {
    const min = (k.minimum as number | undefined) ?? -(2 ** 31);
    const max = (k.maximum as number | undefined) ?? 2 ** 31;
    arbitrary = fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
  } else if (k.type === 'string') {
    const minLength = (k.minLength as number | undefined) ?? 0;
    const maxLength = (k.maxLength as number | undefined) ?? 300;
    const pattern = typeof k.pattern === 'string' ? new RegExp(k.pattern, 'u') : undefined;
    const inRange = (s: string) =>
      length(s) >= minLength && length(s) <= maxLength && (!pattern || pattern.test(s));
    const matching = (pattern ? fc.stringMatching(pattern) : unicodeText({ maxLength })).filter(
      inRange,
    );
    // Candidates the keywords may refuse fall back to a matching string, so generation always ends.
    const orMatching = (candidate: fc.Arbitrary<string>) =>
      candidate.chain((s) => (inRange(s) ? fc.constant(s) : matching));
    arbitrary = fc.oneof(
      matching,
      // Any script, where the pattern allows it.
      orMatching(unicodeText({ minLength, maxLength: Math.min(maxLength, 40) })),
      // The longest the rule allows.
      orMatching(
        matching
          .filter((s) => s.length > 0)
          .map((s) => [...s.repeat(maxLength)].slice(0, maxLength).join('')),
      ),
    );
  } else {
    throw new Error(`Failed to generate ${property.name}: no generator for ${JSON.stringify(k)}.`);
  }
  return arbitrary.filter((value) => propertyBreaks(property, value).length === 0);
}

const otherJson = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  unicodeText({ maxLength: 10 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Values of a property that break one keyword of it, with the keyword they break. */
function invalidValue(property: PropertySpec): fc.Arbitrary<{ value: unknown; rule: string }> {
  const k = property.keywords;
  const valid = validValue(property);
  const candidates: [string, fc.Arbitrary<unknown>][] = [['type', otherJson]];
  if (Array.isArray(k.enum)) {
    const values = k.enum as string[];
    candidates.push([
      'enum',
      fc.oneof(
        unicodeText({ maxLength: 20 }),
        fc.constantFrom(...values).map((v) => v.toLowerCase()),
        fc.constantFrom(...values).map((v) => ` ${v}`),
        fc.constantFrom(...values).map((v) => v.slice(1)),
      ),
    ]);
  }
  if (typeof k.minLength === 'number') {
    candidates.push(['minLength', unicodeText({ maxLength: k.minLength - 1 })]);
  }
  if (typeof k.maxLength === 'number') {
    const max = k.maxLength;
    candidates.push([
      'maxLength',
      fc
        .tuple(valid, fc.integer({ min: 1, max: 40 }))
        .filter(([s]) => typeof s === 'string' && s.length > 0)
        .map(([s, extra]) => [...(s as string).repeat(max + extra)].slice(0, max + extra).join('')),
    ]);
  }
  if (typeof k.pattern === 'string') {
    candidates.push([
      'pattern',
      fc.oneof(
        unicodeText({ maxLength: 40 }),
        fc
          .tuple(
            valid,
            fc.oneof(
              fc.string({
                unit: fc.constantFrom(...` <>&'()":;/?#[]@!$*+,=%\\\`{}|^~`),
                minLength: 1,
                maxLength: 3,
              }),
              unicodeText({ minLength: 1, maxLength: 3 }),
            ),
            fc.nat(),
          )
          .map(([s, insert, at]) => {
            const chars = [...String(s)];
            const i = at % (chars.length + 1);
            return [...chars.slice(0, i), insert, ...chars.slice(i)].join('');
          }),
      ),
    ]);
  }
  if (typeof k.minimum === 'number') {
    candidates.push(['minimum', fc.integer({ min: -(2 ** 40), max: k.minimum - 1 })]);
  }
  if (typeof k.maximum === 'number') {
    candidates.push(['maximum', fc.integer({ min: k.maximum + 1, max: 2 ** 40 })]);
  }
  return fc.oneof(
    ...candidates.map(([rule, arbitrary]) =>
      arbitrary
        .filter((value) => {
          const broken = propertyBreaks(property, value);
          return broken.length === 1 && broken[0] === rule;
        })
        .map((value) => ({ value, rule })),
    ),
  );
}

/** Keys no property has: the schema ignores them. Includes the names objects already carry. */
const unknownKey = fc.oneof(
  unicodeText({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
);

/** Valid bodies of an operation: valid values for some properties (every required one), plus unknown keys. */
export function validBody(
  operationId: string,
  overrides: Partial<Record<string, fc.Arbitrary<unknown>>> = {},
): fc.Arbitrary<Record<string, unknown>> {
  const body = bodyOf(operationId);
  const names = new Set(body.properties.map((p) => p.name));
  const record = fc.record(
    Object.fromEntries(
      body.properties.map((p) => [p.name, overrides[p.name] ?? validValue(p)]),
    ) as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: body.properties.filter((p) => p.required).map((p) => p.name) },
  );
  const extra = fc.dictionary(
    unknownKey.filter((k) => !names.has(k)),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 2 },
  );
  return fc
    .tuple(record, fc.option(extra, { freq: 4 }))
    .map(([known, more]) => ({ ...(more ?? {}), ...known }))
    .map((value) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>)
    .filter((value) => brokenRules(operationId, value).length === 0);
}

/** Bodies of an operation that break exactly one rule of the spec, with that rule. */
export function oneRuleBody(
  operationId: string,
  overrides: Partial<Record<string, fc.Arbitrary<unknown>>> = {},
): fc.Arbitrary<{ body: unknown; rule: Rule }> {
  const spec = bodyOf(operationId);
  const valid = validBody(operationId, overrides);
  const mutations: fc.Arbitrary<{ body: unknown; rule: Rule }>[] = [
    // A body that is not an object.
    fc
      .oneof(
        fc.constant(null),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        fc.jsonValue({ maxDepth: 0 }),
      )
      .map((body) => ({ body, rule: { rule: 'type' } })),
    // One property broken.
    ...spec.properties.map((property) =>
      fc.tuple(valid, invalidValue(property)).map(([body, { value, rule }]) => ({
        body: { ...body, [property.name]: value },
        rule: { field: property.name, rule },
      })),
    ),
    // A required property left out.
    ...spec.properties
      .filter((p) => p.required)
      .map((property) =>
        valid.map((body) => {
          const { [property.name]: _, ...rest } = body;
          return { body: rest, rule: { field: property.name, rule: 'required' } };
        }),
      ),
  ];
  if (spec.anyOf.length > 0) {
    const targets = [...new Set(spec.anyOf.flat())];
    // No anyOf branch in full: drop some of the properties the branches name.
    mutations.push(
      fc.tuple(valid, fc.subarray(targets, { minLength: 1 })).map(([body, dropped]) => ({
        body: Object.fromEntries(Object.entries(body).filter(([k]) => !dropped.includes(k))),
        rule: { rule: 'anyOf' },
      })),
    );
  }
  return fc.oneof(...mutations).filter(({ body, rule }) => {
    const broken = brokenRules(operationId, body);
    return broken.length === 1 && key(broken[0] as Rule) === key(rule);
  });
}
