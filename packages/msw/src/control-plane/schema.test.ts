import { expect, expectTypeOf, test } from 'vitest';
import { arrayOf, ControlBodyError, type Infer, number, object, optional, string } from './schema';

const item = object(
  { name: string('A name.', { nonEmpty: true }), size: optional(number('A size.'), 'bytes') },
  { title: 'the item', description: 'An item.', unknown: 'refused' },
);
const list = object(
  { items: arrayOf(item, 'Items.') },
  { title: 'the list', description: 'A list.', unknown: 'ignored' },
);

test('a message names the path of the field that breaks the schema', () => {
  const message = (value: unknown) => {
    try {
      list.check(value);
    } catch (error) {
      expect(error).toBeInstanceOf(ControlBodyError);
      return (error as Error).message;
    }
    return undefined;
  };
  expect(message('x')).toBe('the list must be a JSON object');
  expect(message({})).toBe('items is required');
  expect(message({ items: {} })).toBe('items must be an array');
  expect(message({ items: [{ name: 'a' }, 3] })).toBe('items[1] must be a JSON object');
  expect(message({ items: [{ name: '' }] })).toBe('items[0].name is required');
  expect(message({ items: [{ name: 'a', size: '1' }] })).toBe('items[0].size must be a number');
  expect(message({ items: [{ name: 'a', colour: 'red' }] })).toBe(
    'colour is not a field of the item',
  );
  expect(message({ items: [], more: 1 })).toBeUndefined();
});

test('the checked value has only the named fields, renamed by `as`, and no inherited ones', () => {
  const checked = list.check(JSON.parse('{"items":[{"name":"a","size":2}],"__proto__":{"x":1}}'));
  expect(checked).toEqual({ items: [{ name: 'a', bytes: 2 }] });
  expect(Object.getPrototypeOf(checked)).toBe(Object.prototype);
  expectTypeOf<Infer<typeof item>>().toEqualTypeOf<{ name: string; bytes?: number }>();
});

test('the JSON Schema says the same', () => {
  expect(item.json).toEqual({
    type: 'object',
    description: 'An item.',
    required: ['name'],
    properties: {
      name: { type: 'string', description: 'A name.', minLength: 1 },
      size: { type: 'number', description: 'A size.' },
    },
    additionalProperties: false,
  });
});
