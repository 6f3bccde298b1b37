/**
 * fast-check arbitraries for request bodies, from the spec's body rules: text in every script,
 * valid values and bodies, and bodies that break exactly one rule (checked by the rules' oracle).
 */
import fc from 'fast-check';
import {
  bodyOf,
  brokenRules,
  type PropertySpec,
  propertyBreaks,
  type Rule,
  ruleKey,
} from './body-rules';

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

/** Keys no property has. Includes the names objects already carry. */
const unknownKey = fc.oneof(
  unicodeText({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
);

/**
 * Valid bodies of an operation: valid values for some properties (every required one), plus unknown
 * keys where the body's schema allows them (the spec's bodies refuse them: `additionalProperties`).
 */
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
  const allowsUnknown = body.schema.additionalProperties !== false;
  return fc
    .tuple(record, allowsUnknown ? fc.option(extra, { freq: 4 }) : fc.constant(null))
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
  if (spec.schema.additionalProperties === false) {
    // One key the body does not define, beside valid fields.
    const names = new Set(spec.properties.map((p) => p.name));
    mutations.push(
      fc
        .tuple(
          valid,
          unknownKey.filter((k) => !names.has(k)),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([body, key, value]) => ({
          body: JSON.parse(JSON.stringify({ ...body, [key]: value })) as unknown,
          rule: { rule: 'additionalProperties' },
        })),
    );
  }
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
    return broken.length === 1 && ruleKey(broken[0] as Rule) === ruleKey(rule);
  });
}
