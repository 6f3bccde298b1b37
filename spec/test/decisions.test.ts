import { expect, test } from 'vitest';
import { model } from './spec-document';

const decisions = model.decisions;
const at = (pointer: string) => decisions.find((decision) => decision.pointer === pointer);

test('every x-as-decision is listed with the pointer of the node it decides', () => {
  expect(decisions.length).toBeGreaterThanOrEqual(28);
  for (const { pointer, text } of decisions) {
    expect(model.resolve(pointer)['x-as-decision'], pointer).toBe(text);
    expect(text.length, pointer).toBeGreaterThan(20);
  }
  expect(new Set(decisions.map((decision) => decision.pointer)).size).toBe(decisions.length);
});

test.each([
  ['the topic-URN pattern', '/components/schemas/NotificationTopicUrn'],
  ['every response field present', '/components/schemas/LifecycleHook'],
  ['X-Request-Id on every response', '/components/headers/XRequestId'],
  ['the older default_timeout minimum', '/components/schemas/LifecycleHookTimeout'],
  ['the gateway answers token failures by default', '/components/securitySchemes/iamToken'],
  ['AS.2007 answers 400', '/components/x-as-error-catalogue/AS.2007'],
  [
    "AS.7041's message, where the provider's page is wrong",
    '/components/x-as-error-catalogue/AS.7041',
  ],
])('%s carries a decision', (_, pointer) => {
  expect(at(pointer)?.text).toBeTruthy();
});

test('an unknown instance giving an empty list is a decision of the list operation', () => {
  const found = decisions.find(
    (decision) =>
      decision.pointer.includes('scaling_instance_hook') &&
      decision.pointer.includes('/parameters/') &&
      decision.text.includes('empty list'),
  );
  expect(found).toBeDefined();
});

test('a decision that is not a sentence is refused when the spec is read', async () => {
  const { readSpecModel } = await import('../src/model');
  const broken = structuredClone(model.document) as {
    components: { schemas: Record<string, Record<string, unknown>> };
  };
  const schema = broken.components.schemas.LifecycleHookName;
  if (!schema) throw new Error('the spec has no LifecycleHookName');
  schema['x-as-decision'] = 42;
  expect(() => readSpecModel(broken)).toThrow(
    'the x-as-decision at /components/schemas/LifecycleHookName is not a sentence',
  );
});
