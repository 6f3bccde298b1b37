import { UsageError } from './usage-error';

/** How a bin names itself and what it must never print. */
export interface FailureOptions {
  /** The bin's name: it starts the line and names the help (`Run "<bin> --help" for usage.`). */
  bin: string;
  /** Whether an error besides the kit's `UsageError` means a wrong command line (exit 2). */
  isUsage?: (error: unknown) => boolean;
  /**
   * Values that must never reach stderr, the credentials in the environment say: each one (and each
   * line of one) of 8 characters or more is replaced by `<redacted>` wherever it appears.
   */
  secrets?: readonly (string | undefined)[];
}

/** The exit code and the one line for stderr. */
export interface Failure {
  code: 1 | 2;
  line: string;
}

const minimumSecretLength = 8;

function redact(text: string, secrets: readonly (string | undefined)[]): string {
  const pieces = secrets
    .flatMap((secret) => (secret === undefined ? [] : [secret, ...secret.split(/[\r\n]+/)]))
    .filter((piece) => piece.length >= minimumSecretLength)
    .sort((a, b) => b.length - a.length);
  return pieces.reduce((out, piece) => out.split(piece).join('<redacted>'), text);
}

/** The environment variables that hold the provider's credentials: never printed by a bin. */
export const credentialEnv = [
  'HUAWEICLOUD_SDK_SK',
  'HUAWEICLOUD_SDK_TOKEN',
  'HUAWEICLOUD_SDK_SECURITY_TOKEN',
] as const;

/**
 * The credentials an environment holds, to pass as `secrets` to `describeFailure`.
 *
 * @example
 * describeFailure(error, { bin: 'as-lifecycle', secrets: credentialsIn(process.env) });
 */
export const credentialsIn = (env: Readonly<Record<string, string | undefined>> | undefined) =>
  credentialEnv.map((name) => env?.[name]);

/**
 * The failure contract of every bin, in one place: exit 2 for a wrong command line, with the reason
 * and a pointer to `--help`; exit 1 for anything else, with the reason alone. Either way one line:
 * the message's first line as a sentence, no stack trace, no secret.
 *
 * @example
 * import { describeFailure, UsageError } from '@as-lifecycle/cli-kit';
 *
 * describeFailure(new UsageError('--port is empty. Give it a value.'), { bin: 'as-lifecycle-mock' });
 * // { code: 2, line: 'as-lifecycle-mock: --port is empty. Give it a value. Run "as-lifecycle-mock --help" for usage.' }
 */
export function describeFailure(error: unknown, options: FailureOptions): Failure {
  const usage = error instanceof UsageError || options.isUsage?.(error) === true;
  const message = redact(
    error instanceof Error ? error.message : String(error),
    options.secrets ?? [],
  );
  const first = (message.split('\n')[0] ?? '').trim();
  const sentence = /[.!?]$/.test(first) ? first : `${first}.`;
  const hint = usage ? ` Run "${options.bin} --help" for usage.` : '';
  return { code: usage ? 2 : 1, line: `${options.bin}: ${sentence}${hint}` };
}
