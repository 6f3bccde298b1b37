import { expect, test } from 'vitest';
import { codeOfRule, ruleOfError } from '../src/model';
import { firstErrorValidatorAt, model, type Node, spec, validatorAt, walk } from './spec-document';

const catalogue = model.catalogue;
const deref = (node: Node) => model.follow(node, '').node;
const bodies = Object.values(model.bodies);

const invalidCases = bodies.flatMap((body) =>
  body.invalidExamples.map(
    (example) => [`${body.operationId}: ${example.summary}`, body, example] as const,
  ),
);

test.each(invalidCases)(
  '%s breaks its rule first, touches no other field, and gets its code',
  (_, body, example) => {
    if (example.raw !== undefined) {
      if (example.rule === 'empty') expect(example.raw.trim()).toBe('');
      else expect(() => JSON.parse(example.raw as string)).toThrow(SyntaxError);
      expect((body.requestCodes as Record<string, string>)[example.rule]).toBe(example.code);
      return;
    }
    const first = firstErrorValidatorAt(body.pointer);
    expect(first(example.value)).toBe(false);
    const expected = example.field
      ? { field: example.field, rule: example.rule }
      : { rule: example.rule };
    expect(first.errors?.map(ruleOfError).filter((rule) => rule !== undefined)).toEqual([expected]);
    const all = validatorAt(body.pointer);
    all(example.value);
    const fields = new Set((all.errors ?? []).map(ruleOfError).map((rule) => rule?.field));
    expect([...fields].filter((field) => field !== undefined && field !== example.field)).toEqual(
      [],
    );
    const rule = example.field
      ? { field: example.field, rule: example.rule }
      : { rule: example.rule };
    expect(codeOfRule(body, rule)).toBe(example.code);
  },
);

const requestBodies = Object.entries(
  (spec.components as Node).requestBodies as Record<string, Node>,
);

test.each(requestBodies)('every rule of %s has an invalid example', (_, raw) => {
  const body = bodies.find((candidate) => candidate.requestBody === raw);
  if (!body) throw new Error('no operation takes this request body');
  const declared = [
    ...Object.keys(raw['x-as-error-codes'] as Node).filter((rule) => rule !== 'mediaType'),
    ...Object.keys(body.schemaCodes),
    ...body.properties.flatMap((property) =>
      Object.keys(property.codes).map((rule) => `${property.name}.${rule}`),
    ),
  ];
  const exercised = new Set(
    ((raw['x-as-invalid-examples'] ?? []) as { rule: string; field?: string }[]).map((e) =>
      e.field ? `${e.field}.${e.rule}` : e.rule,
    ),
  );
  expect(declared.filter((rule) => !exercised.has(rule))).toEqual([]);
  expect(declared.length).toBeGreaterThan(5);
});

test('every code the document uses is in the catalogue', () => {
  const used = new Set<string>();
  for (const [node] of walk(spec)) {
    for (const codes of [node['x-as-error-codes']]) {
      if (codes) for (const code of Object.values(codes as Node)) used.add(String(code));
    }
    for (const list of [node['x-as-errors'], node['x-as-invalid-examples']]) {
      if (Array.isArray(list)) for (const entry of list) used.add(entry.code);
    }
  }
  expect([...used].filter((code) => !(code in catalogue))).toEqual([]);
  expect(used.size).toBeGreaterThan(20);
});

test('every state error has a stable id, unique within its operation, that code refers to', () => {
  for (const [pathKey, item] of Object.entries(
    spec.paths as Record<string, Record<string, Node>>,
  )) {
    for (const [method, op] of Object.entries(item)) {
      const errors = (op['x-as-errors'] ?? []) as { id?: unknown }[];
      const ids = errors.map((error) => error.id);
      for (const id of ids) {
        expect(
          typeof id === 'string' && /^[a-z]+(-[a-z]+)*$/.test(id),
          `${method} ${pathKey}: id ${String(id)}`,
        ).toBe(true);
      }
      expect(new Set(ids).size, `${method} ${pathKey}: ids unique`).toBe(ids.length);
    }
  }
});

test('every error example, and every state error of an operation, has a documented status', () => {
  for (const [pathKey, item] of Object.entries(
    spec.paths as Record<string, Record<string, Node>>,
  )) {
    for (const [method, op] of Object.entries(item)) {
      if (!op.operationId) continue;
      const statuses = Object.keys(op.responses as Node);
      for (const error of (op['x-as-errors'] ?? []) as { code: string }[]) {
        expect(statuses, `${method} ${pathKey} ${error.code}`).toContain(
          String(catalogue[error.code]?.status),
        );
      }
      for (const [status, response] of Object.entries(op.responses as Record<string, Node>)) {
        const content = (deref(response).content ?? {}) as Record<string, Node>;
        for (const example of Object.values(
          (content['application/json']?.examples ?? {}) as Record<string, Node>,
        )) {
          const value = example.value as { error?: { code: string }; error_code?: string };
          const code = value.error?.code ?? value.error_code;
          if (code) expect(String(catalogue[code]?.status), `${status} ${code}`).toBe(status);
        }
      }
    }
  }
});

test('every response of every operation carries X-Request-Id', () => {
  let responses = 0;
  for (const item of Object.values(spec.paths as Record<string, Record<string, Node>>)) {
    for (const op of Object.values(item)) {
      if (!op.operationId) continue;
      for (const response of Object.values(op.responses as Record<string, Node>)) {
        const headers = (deref(response).headers ?? {}) as Record<string, Node>;
        expect(headers['X-Request-Id']?.$ref).toBe('#/components/headers/XRequestId');
        responses += 1;
      }
    }
  }
  expect(responses).toBeGreaterThanOrEqual(7 * 5);
});
