import { expect, expectTypeOf, test } from 'vitest';
import { parseCommandLine } from './parse';
import { UsageError } from './usage-error';

const options = {
  port: { type: 'integer', min: 0, max: 65535, value: 'N', description: 'the port' },
  timeout: { type: 'integer', unit: 'seconds', description: 'how long' },
  clock: { type: 'string', choices: ['real', 'virtual'], description: 'the clock' },
  mode: {
    type: 'string',
    choices: ['none', 'mock'],
    expected: 'none or mock',
    description: 'the mode',
  },
  only: { type: 'string', multiple: true, description: 'repeatable' },
  token: { type: 'string', choices: ['a-token'], secret: true, description: 'a secret' },
  pin: { type: 'integer', min: 1000, max: 9999, secret: true, description: 'a secret number' },
  json: { type: 'boolean', description: 'JSON' },
} as const;

const parse = (argv: string[], positionals = false) =>
  parseCommandLine(argv, { options, positionals });

/** The UsageError a command line throws, or a failure naming what it answered instead. */
function usageError(argv: string[]): UsageError {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain('\n');
    return error as UsageError;
  }
  throw new Error(`${JSON.stringify(argv)} parsed`);
}

test('typed values: numbers, choices, repeated strings and booleans; absent flags stay absent', () => {
  const parsed = parse(['--port', '0', '--clock=virtual', '--only', 'a', '--only', 'b', '--json']);
  expect(parsed).toEqual({
    help: false,
    values: { port: 0, clock: 'virtual', only: ['a', 'b'], json: true },
    positionals: [],
  });
  if (parsed.help) return;
  expectTypeOf(parsed.values.port).toEqualTypeOf<number | undefined>();
  expectTypeOf(parsed.values.clock).toEqualTypeOf<'real' | 'virtual' | undefined>();
  expectTypeOf(parsed.values.only).toEqualTypeOf<string[] | undefined>();
  expectTypeOf(parsed.values.json).toEqualTypeOf<boolean | undefined>();
});

test('--help and -h answer help before any value is judged', () => {
  expect(parse(['--help'])).toEqual({ help: true });
  expect(parse(['--port', 'nope', '-h'])).toEqual({ help: true });
});

test('positional words only when the command line takes them', () => {
  expect(parse(['hooks', 'list', '--json'], true)).toMatchObject({
    positionals: ['hooks', 'list'],
  });
  expect(usageError(['extra']).message).toMatch(/^Unexpected argument 'extra'/);
});

test('an unknown flag is named', () => {
  expect(usageError(['--colour', 'red']).message).toMatch(/^Unknown option '--colour'/);
});

test('a missing value is named', () => {
  expect(usageError(['--port']).message).toBe("Option '--port <value>' argument missing");
  expect(usageError(['--port', '--json']).message).toMatch(/'--port' argument is ambiguous/);
});

test('an empty value, or a flag given twice, is refused; a repeatable flag may repeat', () => {
  expect(usageError(['--clock', '']).message).toBe('--clock is empty. Give it a value.');
  expect(usageError(['--json', '--json']).message).toBe('--json is given twice. Give it once.');
  expect(usageError(['--only', '']).message).toBe('--only is empty. Give it a value.');
});

test('a value outside its choices lists them, or says what is expected', () => {
  expect(usageError(['--clock', 'fake']).message).toBe(
    '--clock "fake" is not one of real, virtual.',
  );
  expect(usageError(['--mode', 'x']).message).toBe('--mode "x" is not none or mock.');
});

test('a whole number names its range, or its unit when it has none', () => {
  for (const value of ['abc', '1.5', '-1', '65536', '1e3', ' 80']) {
    expect(usageError([`--port=${value}`]).message).toBe(
      `--port ${JSON.stringify(value)} is not a whole number from 0 to 65535.`,
    );
  }
  expect(usageError(['--timeout', 'soon']).message).toBe(
    '--timeout must be a whole number of seconds, got "soon".',
  );
  expect(parse(['--timeout', '600'])).toMatchObject({ values: { timeout: 600 } });
});

test('a secret-bearing value is never in the error, only its flag', () => {
  const secret = 'SECRET-4711-value';
  for (const argv of [
    ['--token', secret],
    [`--token=${secret}`],
    ['--pin', secret],
    ['--pin', '12345'],
    [`--unknown=${secret}`],
    [`--json=${secret}`],
  ]) {
    const { message } = usageError(argv);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('12345');
    expect(message).toMatch(/--(token|pin|unknown|json)/);
  }
  expect(usageError(['--token', secret]).message).toBe('--token is not one of a-token.');
});
