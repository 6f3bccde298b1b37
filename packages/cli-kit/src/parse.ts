import { parseArgs } from 'node:util';
import type { IntegerOption, OptionDefinitions, OptionValues, StringOption } from './options';
import { UsageError } from './usage-error';

/** What a bin accepts: its flags, and whether words that are not flags are allowed. */
export interface CommandLine<O extends OptionDefinitions> {
  options: O;
  /** Accept positional words (subcommands); otherwise any is a usage error. */
  positionals?: boolean;
}

/** A parsed command line: `--help` asked for, or the typed flags and the positional words. */
export type Parsed<O extends OptionDefinitions> =
  | { help: true }
  | { help: false; values: OptionValues<O>; positionals: string[] };

interface Token {
  kind: string;
  name?: string | undefined;
  value?: string | undefined;
}

/**
 * Parses `argv` with `util.parseArgs` against the definitions, then applies the rules every bin
 * shares: an unknown flag, a missing or empty value, a flag given twice (unless `multiple`), a value
 * outside its choices or not a whole number in range are each a `UsageError` with one line that
 * names the flag. A `secret` flag's value is never in a message. `--help`/`-h` answers
 * `{ help: true }` before any value is judged.
 *
 * @example
 * import { parseCommandLine } from '@as-lifecycle/cli-kit';
 *
 * const parsed = parseCommandLine(['--port', '0'], {
 *   options: { port: { type: 'integer', min: 0, max: 65535, description: 'the port' } },
 * });
 * if (!parsed.help) parsed.values.port; // 0
 */
export function parseCommandLine<const O extends OptionDefinitions>(
  argv: readonly string[],
  line: CommandLine<O>,
): Parsed<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens?: Token[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: line.positionals ?? false,
      tokens: true,
      options: {
        ...Object.fromEntries(
          Object.entries(line.options).map(([name, definition]) => [
            name,
            {
              type: definition.type === 'boolean' ? ('boolean' as const) : ('string' as const),
              ...(definition.short === undefined ? {} : { short: definition.short }),
              ...(definition.type === 'string' && definition.multiple ? { multiple: true } : {}),
            },
          ]),
        ),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs names the flag or the word, never an option's value.
    throw new UsageError(firstLine(error));
  }
  if (parsed.values.help === true) return { help: true };

  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const definition = line.options[token.name];
    const multiple = definition?.type === 'string' && definition.multiple === true;
    if (seen.has(token.name) && !multiple) {
      throw new UsageError(`--${token.name} is given twice. Give it once.`);
    }
    seen.add(token.name);
    if (token.value === '') throw new UsageError(`--${token.name} is empty. Give it a value.`);
  }

  const values: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(line.options)) {
    const raw = parsed.values[name];
    if (raw === undefined) continue;
    if (definition.type === 'string' && typeof raw === 'string') checkChoice(name, raw, definition);
    values[name] =
      definition.type === 'integer' && typeof raw === 'string'
        ? wholeNumber(name, raw, definition)
        : raw;
  }
  return { help: false, values: values as OptionValues<O>, positionals: parsed.positionals };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}

/** The value as a message may show it: quoted, or not at all for a secret. */
const shown = (value: string, definition: { secret?: boolean }) =>
  definition.secret ? '' : ` ${JSON.stringify(value)}`;

function checkChoice(name: string, value: string, definition: StringOption) {
  const { choices } = definition;
  if (!choices || choices.includes(value)) return;
  const expected = definition.expected ?? `one of ${choices.join(', ')}`;
  throw new UsageError(`--${name}${shown(value, definition)} is not ${expected}.`);
}

function wholeNumber(name: string, value: string, definition: IntegerOption): number {
  const number = Number(value);
  const { min, max, unit } = definition;
  const ok =
    /^\d+$/.test(value) &&
    Number.isSafeInteger(number) &&
    (min === undefined || number >= min) &&
    (max === undefined || number <= max);
  if (ok) return number;
  if (min !== undefined || max !== undefined) {
    const range =
      min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
          ? ` of at least ${min}`
          : ` of at most ${max}`;
    throw new UsageError(`--${name}${shown(value, definition)} is not a whole number${range}.`);
  }
  const got = definition.secret ? '' : `, got ${JSON.stringify(value)}`;
  throw new UsageError(`--${name} must be a whole number${unit ? ` of ${unit}` : ''}${got}.`);
}
