import { expect, test } from 'vitest';
import { type Node, segment, spec, validatorAt, walk } from './spec-document';

interface Case {
  where: string;
  schemaPointer: string;
  value: unknown;
}

/** Every example the document gives, with the pointer of the schema it must satisfy. */
function examples(): Case[] {
  const cases: Case[] = [];
  for (const [node, pointer] of walk(spec)) {
    if (pointer.includes('/x-as-')) continue; // invalid examples are tested in error-codes.test.ts
    if (node.schema && typeof node.schema === 'object') {
      const schemaPointer = `${pointer}/schema`;
      if ('example' in node) cases.push({ where: pointer, schemaPointer, value: node.example });
      for (const [name, example] of Object.entries((node.examples ?? {}) as Record<string, Node>)) {
        cases.push({
          where: `${pointer}/examples/${segment(name)}`,
          schemaPointer,
          value: example.value,
        });
      }
    }
    if (pointer.startsWith('/components/schemas/') && Array.isArray(node.examples)) {
      for (const [index, value] of node.examples.entries()) {
        cases.push({ where: `${pointer}/examples/${index}`, schemaPointer: pointer, value });
      }
    }
  }
  return cases;
}

const cases = examples();

test('the document gives examples for bodies, responses, parameters and schemas', () => {
  expect(cases.length).toBeGreaterThanOrEqual(25);
  const where = cases.map((c) => c.where).join('\n');
  for (const part of [
    '/requestBodies/',
    '/responses/',
    '/parameters/',
    '/headers/',
    '/components/schemas/',
  ]) {
    expect(where).toContain(part);
  }
});

test.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema', (_, c) => {
  const validate = validatorAt(c.schemaPointer);
  expect(validate(c.value), JSON.stringify(validate.errors)).toBe(true);
});
