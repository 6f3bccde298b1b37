/**
 * A command line that cannot run. Its message is one line that says how to fix it; the bin answers
 * exit 2 and points at `--help` (see `describeFailure`).
 *
 * @example
 * import { UsageError } from '@as-lifecycle/cli-kit';
 *
 * throw new UsageError('--base-url is required.');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
