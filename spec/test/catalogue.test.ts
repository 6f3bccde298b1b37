import { expect, test } from 'vitest';
import { model, type Node, spec, walk } from './spec-document';

const entries = Object.entries(model.catalogue);
const raw = (spec.components as Node)['x-as-error-catalogue'] as Record<string, Node>;

test.each(entries)('%s has a status, a message and its source or a decision', (code, entry) => {
  expect(entry.status).toBeGreaterThanOrEqual(400);
  expect(entry.status).toBeLessThanOrEqual(599);
  expect(entry.message.trim()).not.toBe('');
  expect(entry.source ?? entry.decision, `${code}: a source or an x-as-decision`).toBeTruthy();
  if (entry.source) expect(entry.source).toMatch(/^https:\/\/[^\s]+$/);
  expect(code).toMatch(entry.shape === 'gateway' ? /^APIGW?\.\d{4}$/ : /^AS\.\d{4}$/);
});

test.each(entries)('%s: every %%s of its messages is said what fills it', (code, entry) => {
  for (const message of [entry.message, ...Object.values(entry.messages)]) {
    expect(message.match(/%s/g)?.length ?? 0, `${code}: "${message}"`).toBe(
      entry.placeholders.length,
    );
    expect(message.replaceAll('%s', ''), `${code}: a stray %`).not.toContain('%');
  }
  for (const placeholder of entry.placeholders) expect(placeholder.length).toBeGreaterThan(10);
  const filled = model.message(code, {
    fill: entry.placeholders.map((_, index) => `value-${index}`),
  });
  expect(filled).not.toContain('%s');
});

test('the model reads every code of the catalogue, and only those', () => {
  expect(Object.keys(model.catalogue)).toEqual(Object.keys(raw));
  expect(entries.length).toBeGreaterThanOrEqual(30);
});

test("the provider's messages quoted in its reference are the catalogue's, verbatim", () => {
  expect(model.entry('AS.0002').message).toBe('Request body is null.');
  expect(model.entry('AS.0007').message).toBe('The requested resource [%s] could not be found.');
  expect(model.entry('AS.0008').message).toBe('Incorrect ProjectID.');
  expect(model.entry('AS.0022').message).toBe('request body error');
  expect(model.entry('AS.0031').message).toBe("Policy doesn't allow [%s] to be performed.");
  expect(model.entry('AS.0049').message).toBe('Call IAM failed.');
  expect(model.entry('AS.7043').message).toBe('The lifecycle hook topic urn does not exist.');
  expect(model.entry('APIG.0308')).toMatchObject({ status: 429, shape: 'gateway' });
});

/** A catalogue message as a pattern: each `%s` stands for any text without a bracket. */
const asPattern = (message: string) =>
  new RegExp(
    `^${message
      .split('%s')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^\\[\\]]+')}$`,
  );

test('every error example of the document says its code’s message, placeholders filled', () => {
  let checked = 0;
  for (const [node, pointer] of walk(spec)) {
    const value = node.value as
      | { error?: { code: string; message: string }; error_code?: string; error_msg?: string }
      | undefined;
    if (!pointer.includes('/examples/') || typeof value !== 'object' || value === null) continue;
    const code = value.error?.code ?? value.error_code;
    const message = value.error?.message ?? value.error_msg;
    if (code === undefined || message === undefined) continue;
    const entry = model.entry(code);
    const allowed = [entry.message, ...Object.values(entry.messages)];
    expect(
      allowed.some((text) => asPattern(text).test(message)),
      `${pointer}: "${message}" is not a message of ${code}`,
    ).toBe(true);
    checked += 1;
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});
