import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { type AsErrorCode, asErrorCatalogue } from '@as-lifecycle/types';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { type OperationRules, requestRules } from '../generated/request-rules';
import { type BodyOperationId, checkRequestBody } from './validate-request';

type Node = Record<string, unknown>;

/** One entry of a body's `x-as-invalid-examples`, as far as these tests read it. */
interface InvalidExample {
  summary: string;
  rule: string;
  field?: string;
  raw?: string;
  value?: unknown;
  code: string;
}

const spec = parse(readFileSync(new URL('../../../../spec/openapi.yaml', import.meta.url), 'utf8'));
const resolve = (ref: string): Node =>
  ref
    .slice(2)
    .split('/')
    .reduce((node: Node, key) => node[key] as Node, spec);
const deref = (node: Node): Node => (typeof node.$ref === 'string' ? resolve(node.$ref) : node);

/** Every operation with a body, read from the spec the way a reader follows its `$ref`s. */
const operations = Object.values(spec.paths as Record<string, Record<string, Node>>)
  .flatMap((item) => Object.values(item))
  .filter((operation) => operation.requestBody)
  .map((operation) => {
    const body = deref(operation.requestBody as Node);
    const media = (body.content as Record<string, Node>)['application/json'] as Node;
    return {
      id: operation.operationId as BodyOperationId,
      body,
      schema: deref(media.schema as Node),
      examples: Object.values(media.examples as Record<string, { value: unknown }>),
    };
  });
const ids = operations.map(({ id }) => id);
const json = 'application/json';

const invalid = operations.flatMap(({ id, body }) =>
  (body['x-as-invalid-examples'] as InvalidExample[]).map(
    (example) => [`${id}: ${example.summary}`, id, example] as const,
  ),
);
test.each(invalid)('%s gets its code', (_, id, example) => {
  const raw = example.raw ?? JSON.stringify(example.value);
  const { code, rule, field } = example;
  const { message } = asErrorCatalogue[code as AsErrorCode];
  const expected = { ok: false, code, rule, ...(field === undefined ? {} : { field }), message };
  expect(checkRequestBody(id, raw, json)).toEqual(expected);
});

const valid = operations.flatMap(({ id, examples }) =>
  examples.map((example, index) => [`${id} #${index}`, id, example.value] as const),
);
test.each(valid)('the valid example %s passes', (_, id, value) => {
  expect(checkRequestBody(id, JSON.stringify(value), json)).toEqual({ ok: true, body: value });
});

const annotations = new Set(['$ref', '$comment', 'title', 'description', 'default', 'examples']);
/** The validation keywords of a schema and of the schema it `$ref`s. */
const keywordsOf = (node: Node): string[] =>
  [...Object.keys(node), ...(node.$ref ? keywordsOf(deref(node)) : [])].filter(
    (key) => !key.startsWith('x-') && !annotations.has(key),
  );

test.each(operations)('every rule of $id has a code', ({ id, schema }) => {
  const rules: OperationRules = requestRules[id];
  const properties = schema.properties as Record<string, Node>;
  const declared = [
    ...keywordsOf(schema)
      .filter((keyword) => keyword !== 'properties' && keyword !== 'required')
      .map((keyword) => [keyword, rules.schema[keyword]]),
    ...((schema.required as string[] | undefined) ?? []).map((field) => [
      `${field}.required`,
      rules.fields[field]?.required,
    ]),
    ...Object.entries(properties).flatMap(([field, property]) =>
      keywordsOf(property).map((keyword) => [
        `${field}.${keyword}`,
        rules.fields[field]?.[keyword],
      ]),
    ),
  ];
  expect(declared.filter(([, code]) => !code)).toEqual([]);
  expect(declared.length).toBeGreaterThan(3);
});

test('the rules cover exactly the operations with a body', () => {
  expect(Object.keys(requestRules)).toEqual(ids);
});

const callback = JSON.stringify({ lifecycle_action_key: 'k', lifecycle_action_result: 'CONTINUE' });
test.each([
  ['application/json', callback, 'ok'],
  ['application/json; charset=utf-8', callback, 'ok'],
  ['Application/JSON ;charset=UTF-8', callback, 'ok'],
  [' application/json ', callback, 'ok'],
  ['text/plain', callback, 'mediaType'],
  ['application/json-patch+json', callback, 'mediaType'],
  ['application/x-www-form-urlencoded', 'a=b', 'mediaType'],
  ['', callback, 'mediaType'],
  [null, callback, 'mediaType'],
  ['text/plain', '', 'mediaType'],
  [null, '', 'empty'],
  [null, ' \n', 'empty'],
  ['application/json', ' \r\n\t', 'empty'],
] as const)('Content-Type %j with body %j: %s', (contentType, raw, outcome) => {
  const result = checkRequestBody('callbackLifecycleHook', raw, contentType);
  if (outcome === 'ok') expect(result.ok).toBe(true);
  else {
    const code = requestRules.callbackLifecycleHook.requestBody[outcome];
    expect(result).toEqual({
      ok: false,
      code,
      rule: outcome,
      message: asErrorCatalogue[code].message,
    });
  }
});

/** Holds for every result: a parsed object, or a catalogued code with its message. */
function wellFormed(id: BodyOperationId, raw: string, contentType: string | null): boolean {
  const result = checkRequestBody(id, raw, contentType);
  if (result.ok)
    return typeof result.body === 'object' && result.body !== null && !Array.isArray(result.body);
  const entry = asErrorCatalogue[result.code];
  return entry?.status === 400 && entry.message === result.message;
}

const fieldValues = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(...valid.flatMap(([, , value]) => Object.values(value as Node))),
);
const bodyLike = fc.dictionary(
  fc.constantFrom(...operations.flatMap(({ schema }) => Object.keys(schema.properties as Node))),
  fieldValues,
);

test('random JSON values never throw and get ok or a catalogued code', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.jsonValue(), (id, value) =>
      wellFormed(id, JSON.stringify(value) ?? '', json),
    ),
    { seed: 4, numRuns: 2000 },
  );
});

test('random bodies made of the spec fields never throw and get ok or a catalogued code', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), bodyLike, (id, value) =>
      wellFormed(id, JSON.stringify(value), json),
    ),
    { seed: 4, numRuns: 2000 },
  );
});

test('random raw text and content types never throw', () => {
  const contentTypes = fc.option(fc.oneof(fc.constant(json), fc.string()), { nil: null });
  fc.assert(fc.property(fc.constantFrom(...ids), fc.string(), contentTypes, wellFormed), {
    seed: 4,
    numRuns: 2000,
  });
});

const validatorsSource = readFileSync(
  new URL('../generated/validators.js', import.meta.url),
  'utf8',
);

test('the generated validators import nothing and evaluate nothing', () => {
  expect(validatorsSource).toMatch(/^\/\/ Generated from spec\/openapi\.yaml/);
  expect(validatorsSource).not.toMatch(/^\s*import[\s{*'"]|\bimport\s*\(|\brequire\s*\(/m);
  expect(validatorsSource).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
  expect(validatorsSource).toMatch(/function ucs2length\(/);
});

test('the generated validators run where code generation from strings is refused, as under CSP', () => {
  const context = createContext({}, { codeGeneration: { strings: false, wasm: false } });
  expect(runInContext('try { new Function(""); "allowed" } catch (e) { e.name }', context)).toBe(
    'EvalError',
  );
  runInContext(validatorsSource.replace(/^export const (\w+) =/gm, 'globalThis.$1 ='), context);
  const validate = context.validateCreateLifecycleHook as (data: unknown) => boolean;
  const [, , value] = valid.find(([, id]) => id === 'createLifecycleHook') ?? [];
  expect(validate(value)).toBe(true);
  expect(validate({ ...(value as Node), lifecycle_hook_name: 'x'.repeat(33) })).toBe(false);
});
