/**
 * The command-line kit of the three bins (`as-lifecycle`, `as-lifecycle-mock`,
 * `as-lifecycle-contract`): typed flags on `util.parseArgs`, one `UsageError`, the `--help` text
 * rendered from the same definitions, and the failure contract (a non-zero exit and one line on
 * stderr, never a stack trace, never a secret). Private: tsup inlines it into each bin.
 *
 * @example
 * import { describeFailure, parseCommandLine, renderHelp } from '@as-lifecycle/cli-kit';
 *
 * const options = { port: { type: 'integer', min: 0, max: 65535, description: 'the port' } } as const;
 * try {
 *   const parsed = parseCommandLine(process.argv.slice(2), { options });
 *   if (parsed.help) console.log(renderHelp({ usage: 'Usage: serve [options]', options }));
 * } catch (error) {
 *   const { code, line } = describeFailure(error, { bin: 'serve' });
 *   console.error(line);
 *   process.exitCode = code;
 * }
 */
export {
  credentialEnv,
  credentialsIn,
  describeFailure,
  type Failure,
  type FailureOptions,
} from './failure';
export { type HelpSection, type HelpText, renderHelp, wrap } from './help';
export type {
  BooleanOption,
  IntegerOption,
  OptionDefinition,
  OptionDefinitions,
  OptionValues,
  StringOption,
  ValueOf,
} from './options';
export { type CommandLine, type Parsed, parseCommandLine } from './parse';
export { UsageError } from './usage-error';
