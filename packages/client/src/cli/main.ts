import { credentialsIn, describeFailure, UsageError } from '@as-lifecycle/cli-kit';
import type { Region } from '@as-lifecycle/types';
import { ApiError } from '../api-error';
import { createAutoScalingClient } from '../create-client';
import { configFromEnv } from '../credentials';
import type { Result } from '../operation-types';
import type { FetchLike } from '../send-with-timeout';
import { ClientUsageError } from '../usage-error';
import { parseCommand } from './parse-command';
import { usage } from './usage';

/** What the CLI reads and writes; the bin passes the process's, tests pass their own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: FetchLike;
}

/**
 * Runs one `as-lifecycle` command line and answers its exit code: 0 success, 1 API or network
 * error, 2 usage error. Expected failures print one line on stderr, never a stack trace.
 *
 * @example
 * const code = await runCli(['hooks', 'list', '--group', 'g', '--region', 'cn-north-4'], {
 *   env: process.env,
 *   stdout: (text) => process.stdout.write(`${text}\n`),
 *   stderr: (text) => process.stderr.write(`${text}\n`),
 * });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.help || !command.operationId || !command.params) {
      io.stdout(usage);
      return 0;
    }
    const env = configFromEnv(io.env);
    const projectId = command.projectId ?? env.projectId;
    if (!projectId)
      throw new UsageError('no project id. Pass --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.');
    const region = command.region ?? io.env.HUAWEICLOUD_SDK_REGION;
    if (!region && !command.endpoint)
      throw new UsageError('no region. Pass --region (e.g. cn-north-4) or --endpoint.');
    const client = createAutoScalingClient({
      projectId,
      credentials: env.credentials,
      ...(command.endpoint ? { endpoint: command.endpoint } : { region: region as Region }),
      ...(command.timeoutMs === undefined ? {} : { timeoutMs: command.timeoutMs }),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    const method = client[command.operationId] as (params: unknown) => Promise<Result<unknown>>;
    const { data, error, response } = await method(command.params);
    if (error) {
      io.stderr(`as-lifecycle: ${describe(error)}`);
      return 1;
    }
    const requestId = response.headers.get('X-Request-Id');
    io.stdout(JSON.stringify(data ?? { status: response.status, request_id: requestId }, null, 2));
    return 0;
  } catch (error) {
    const failure = describeFailure(asUsage(error), {
      bin: 'as-lifecycle',
      secrets: credentialsIn(io.env),
    });
    io.stderr(failure.line);
    return failure.code;
  }
}

/** The client's misuse is the command line's (its "Failed to …:" prefix dropped); else unexpected. */
function asUsage(error: unknown): unknown {
  if (error instanceof ClientUsageError) {
    return new UsageError(error.message.replace(/^Failed to [^:]+: /, ''));
  }
  if (error instanceof UsageError) return error;
  return new Error(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
}

function describe(error: Error): string {
  if (error instanceof ApiError) {
    const request = error.requestId ? `, request id ${error.requestId}` : '';
    return `${error.code ?? 'error'}: ${error.providerMessage} (HTTP ${error.status}${request})`;
  }
  return error.message;
}
