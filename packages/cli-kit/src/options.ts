/** The option definitions a bin declares once: parsing, validation and `--help` all read them. */

interface Described {
  /** The help text's description; wrapped to the terminal width of the help. */
  description: string;
  /** A one-letter alias, `-x`. */
  short?: string;
}

interface Valued extends Described {
  /** The value's name in the help text: `--port N`. Defaults to the choices, or `VALUE`. */
  value?: string;
  /**
   * The value may carry a secret: no message ever shows it, and the help shows no example of it.
   * Errors about it name the flag only.
   */
  secret?: boolean;
}

/** A flag without a value: `--json`. */
export interface BooleanOption extends Described {
  type: 'boolean';
}

/** A flag with a text value: `--host H`, optionally one of a few `choices`, or repeatable. */
export interface StringOption extends Valued {
  type: 'string';
  /** The only values accepted; anything else is a usage error that lists them. */
  choices?: readonly string[];
  /** How the error names what is accepted, instead of `one of A, B, C`: `none or mock`. */
  expected?: string;
  /** Repeatable: the values are collected in order. */
  multiple?: boolean;
}

/**
 * A flag with a whole number: digits only. With `min`/`max` the error names the range, otherwise
 * the `unit` (`--timeout must be a whole number of seconds`).
 */
export interface IntegerOption extends Valued {
  type: 'integer';
  min?: number;
  max?: number;
  unit?: string;
}

/** One flag's definition. */
export type OptionDefinition = BooleanOption | StringOption | IntegerOption;

/** A bin's flags by name (without the leading `--`). `--help`/`-h` is always added. */
export type OptionDefinitions = Readonly<Record<string, OptionDefinition>>;

/** The value one definition parses to. */
export type ValueOf<D extends OptionDefinition> = D extends BooleanOption
  ? boolean
  : D extends IntegerOption
    ? number
    : D extends { multiple: true }
      ? string[]
      : D extends { choices: readonly (infer C extends string)[] }
        ? C
        : string;

/**
 * The parsed flags: each one given has its typed value, each one not given is absent.
 *
 * @example
 * import type { OptionValues } from '@as-lifecycle/cli-kit';
 *
 * const options = {
 *   port: { type: 'integer', min: 0, max: 65535, description: 'the port' },
 *   clock: { type: 'string', choices: ['real', 'virtual'], description: 'the clock' },
 * } as const;
 * const values: OptionValues<typeof options> = { port: 4010, clock: 'virtual' };
 */
export type OptionValues<O extends OptionDefinitions> = {
  -readonly [K in keyof O]?: ValueOf<O[K]>;
};

/** The value's name as the help shows it: `N`, `real|virtual`, `VALUE`. */
export function valueName(definition: OptionDefinition): string | undefined {
  if (definition.type === 'boolean') return undefined;
  if (definition.value !== undefined) return definition.value;
  if (definition.type === 'string' && definition.choices) return definition.choices.join('|');
  return definition.type === 'integer' ? 'N' : 'VALUE';
}
