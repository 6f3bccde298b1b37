import { requestFields } from '@as-lifecycle/types';
import { expect, test } from 'vitest';
import { commandShapes, flagOf, renamedFields, requestOptions, synopsis } from './request-flags';

const shape = (words: string) => {
  const found = commandShapes.find((command) => command.words === words);
  if (!found) throw new Error(`no command "${words}"`);
  return found;
};
const flags = (words: string, required: boolean) =>
  shape(words)
    .flags.filter((flag) => flag.required === required)
    .map(({ flag }) => flag);

test('every renamed field is a request field of the spec: a rename cannot go stale', () => {
  const fields = new Set(Object.values(requestFields).flatMap(({ fields }) => Object.keys(fields)));
  for (const field of Object.keys(renamedFields)) expect(fields, field).toContain(field);
});

test('a field without a rename is its name in kebab-case', () => {
  expect(flagOf('default_result')).toBe('default-result');
  expect(flagOf('some_new_field')).toBe('some-new-field');
});

test("each command takes the flags it always took, needing the same ones, from the spec's fields", () => {
  expect(commandShapes.map(({ words, operationId }) => [words, operationId])).toEqual([
    ['callback', 'callbackLifecycleHook'],
    ['instances list', 'listHookInstances'],
    ['hooks list', 'listLifecycleHooks'],
    ['hooks show', 'showLifecycleHook'],
    ['hooks create', 'createLifecycleHook'],
    ['hooks update', 'updateLifecycleHook'],
    ['hooks delete', 'deleteLifecycleHook'],
  ]);
  expect(flags('callback', true)).toEqual(['group', 'result']);
  expect(flags('callback', false)).toEqual(['key', 'instance', 'hook']);
  expect(shape('callback').anyOf).toEqual([['key'], ['instance', 'hook']]);
  expect(flags('instances list', false)).toEqual(['instance']);
  expect(flags('hooks list', true)).toEqual(['group']);
  for (const words of ['hooks show', 'hooks delete']) {
    expect(flags(words, true)).toEqual(['group', 'hook']);
    expect(flags(words, false)).toEqual([]);
  }
  expect(flags('hooks create', true)).toEqual(['group', 'hook', 'type', 'topic']);
  expect(flags('hooks create', false).sort()).toEqual(['default-result', 'metadata', 'timeout']);
  expect(flags('hooks update', true)).toEqual(['group', 'hook']);
  expect(flags('hooks update', false).sort()).toEqual([
    'default-result',
    'metadata',
    'timeout',
    'topic',
    'type',
  ]);
});

test('values: enums become choices, the integer timeout a whole number of seconds', () => {
  expect(requestOptions.result).toMatchObject({
    type: 'string',
    choices: ['ABANDON', 'CONTINUE', 'EXTEND'],
  });
  expect(requestOptions['default-result']).toMatchObject({ choices: ['ABANDON', 'CONTINUE'] });
  expect(requestOptions.type).toMatchObject({
    choices: ['INSTANCE_LAUNCHING', 'INSTANCE_TERMINATING'],
  });
  expect(requestOptions.timeout).toMatchObject({ type: 'integer', unit: 'seconds' });
  expect(requestOptions.topic).toMatchObject({ type: 'string', value: 'URN' });
  expect(requestOptions.topic).not.toHaveProperty('choices');
  expect(Object.keys(requestOptions)).not.toContain('project-id');
});

test("the help's command lines: needed flags, the callback's alternatives, then optional ones", () => {
  expect(synopsis(shape('callback'))).toBe(
    'callback --group G (--key K | --instance I --hook H) --result ABANDON|CONTINUE|EXTEND',
  );
  expect(synopsis(shape('hooks create'))).toBe(
    'hooks create --group G --hook H --type INSTANCE_LAUNCHING|INSTANCE_TERMINATING --topic URN' +
      ' [--default-result ABANDON|CONTINUE] [--timeout SECONDS] [--metadata TEXT]',
  );
  expect(synopsis(shape('instances list'))).toBe('instances list --group G [--instance I]');
});

test('descriptions name flags rather than fields, and say the default', () => {
  expect(requestOptions.instance?.description).toBe("The instance's id; needs --hook.");
  expect(requestOptions['default-result']?.description).toMatch(/Default ABANDON\.$/);
});
