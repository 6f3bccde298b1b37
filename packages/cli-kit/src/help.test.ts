import { expect, test } from 'vitest';
import { renderHelp, wrap } from './help';

test('renders every flag from its definition, in one column, with --help last', () => {
  const text = renderHelp({
    usage: 'Usage: serve [options]',
    options: {
      port: { type: 'integer', value: 'N', description: 'default 4010' },
      clock: { type: 'string', choices: ['real', 'virtual'], description: 'the clock' },
      host: { type: 'string', description: 'where to listen' },
      json: { type: 'boolean', description: 'print JSON' },
    },
    epilogue: 'Exit: 0 on a clean stop.',
  });
  expect(text).toBe(
    [
      'Usage: serve [options]',
      '',
      '  --port N               default 4010',
      '  --clock real|virtual   the clock',
      '  --host VALUE           where to listen',
      '  --json                 print JSON',
      '  -h, --help             this text',
      '',
      'Exit: 0 on a clean stop.',
    ].join('\n'),
  );
});

test('sections come first, titled, and long descriptions wrap under the column', () => {
  const text = renderHelp({
    usage: 'Usage: tool <command> [options]',
    sections: [
      { title: 'Commands', lines: ['run --fast'] },
      {
        title: 'Flags',
        options: { fast: { type: 'boolean', description: 'one two three four five six' } },
      },
    ],
    optionsTitle: 'Global options',
    options: {},
    width: 30,
  });
  expect(text).toBe(
    [
      'Usage: tool <command> [options]',
      '',
      'Commands:',
      '  run --fast',
      '',
      'Flags:',
      '  --fast       one two three',
      '               four five six',
      '',
      'Global options:',
      '  -h, --help   this text',
    ].join('\n'),
  );
});

test('wrap keeps a word longer than the width whole', () => {
  expect(wrap('a bbbbbbbbbb c', 5, '', '  ')).toBe('a\n  bbbbbbbbbb\n  c');
});

test('a flag too long for the column has its description on the next line, under the column', () => {
  const text = renderHelp({
    usage: 'Usage: tool',
    options: {
      type: {
        type: 'string',
        choices: ['INSTANCE_LAUNCHING', 'INSTANCE_TERMINATING'],
        description: 'the type',
      },
      hook: { type: 'string', value: 'H', description: 'the hook' },
    },
  });
  expect(text).toBe(
    [
      'Usage: tool',
      '',
      '  --type INSTANCE_LAUNCHING|INSTANCE_TERMINATING',
      '               the type',
      '  --hook H     the hook',
      '  -h, --help   this text',
    ].join('\n'),
  );
});

test('a command line in a section wraps between its parts, never inside [--flag VALUE]', () => {
  const text = renderHelp({
    usage: 'Usage: tool',
    sections: [{ title: 'Commands', lines: ['update --hook H [--type A|B] [--timeout SECONDS]'] }],
    options: {},
    width: 30,
  });
  expect(text.split('\n').slice(2, 6)).toEqual([
    'Commands:',
    '  update --hook H [--type A|B]',
    '      [--timeout SECONDS]',
    '',
  ]);
});
