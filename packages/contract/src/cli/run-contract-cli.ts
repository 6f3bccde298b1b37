/**
 * `as-lifecycle-contract`: runs the suite against a running implementation and prints the table.
 * Exit 0 when no check failed, 1 naming each failed check, 2 with one line for a wrong command line.
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '@as-lifecycle/client';
import { ContractUsageError } from '../contract-errors';
import { formatReport } from '../format-report';
import { mockServerProvider } from '../providers/mock-server-provider';
import { runContract } from '../run-contract';
import type { TargetFetch } from '../target';

export const contractUsage = `Usage: as-lifecycle-contract --base-url URL --project-id P [options]

  --base-url URL       the implementation: as-lifecycle-mock's URL, a proxy, a region endpoint
  --project-id P       the project every request is sent for
  --control MODE       none (default): stateless checks only, never a write a real service would
                       carry out | mock: set up states through as-lifecycle-mock's /__mock/ endpoints
                       (start the mock with --clock virtual for the timeout checks)
  --seed N             the seed of every generated request (default: a new one, printed)
  --runs N             generated requests per property (default 25)
  --only TEXT          only the checks whose id contains TEXT (repeatable)
  --group-id G         an existing scaling group, for the read-only checks of --control none
  --credentials MODE   none (default) | env: sign with HUAWEICLOUD_SDK_AK/SK (or carry
                       HUAWEICLOUD_SDK_TOKEN) and check that the target refuses requests without them
  --timeout-ms N       per request, control calls included, body and all (default 15000)
  --json               print the report as JSON instead of the table
  -h, --help           this text

Exit: 0 when no check failed, 1 when one did (each is named), 2 for a wrong command line.`;

/** What the CLI reads and writes; the bin passes the process's, tests their own. */
export interface ContractCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  fetch?: TargetFetch & ((request: Request) => Promise<Response>);
}

class UsageError extends Error {}

const wholeNumber = (flag: string, value: string | undefined, min: number, max: number) => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(
      `--${flag} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}.`,
    );
  }
  return number;
};

/**
 * Runs one command line; answers the exit code.
 *
 * @example
 * const code = await runContractCli(['--base-url', 'http://127.0.0.1:4010', '--project-id', 'p', '--control', 'mock'], {
 *   stdout: console.log,
 *   stderr: console.error,
 * });
 */
export async function runContractCli(argv: readonly string[], io: ContractCliIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'base-url': { type: 'string' },
        'project-id': { type: 'string' },
        control: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        only: { type: 'string', multiple: true },
        'group-id': { type: 'string' },
        credentials: { type: 'string' },
        'timeout-ms': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(contractUsage);
      return 0;
    }
    const baseUrl = values['base-url'];
    const projectId = values['project-id'];
    if (!baseUrl) throw new UsageError('--base-url is required (e.g. http://127.0.0.1:4010).');
    if (!projectId) throw new UsageError('--project-id is required.');
    const control = values.control ?? 'none';
    if (control !== 'none' && control !== 'mock') {
      throw new UsageError(`--control ${JSON.stringify(control)} is not none or mock.`);
    }
    const mode = values.credentials ?? 'none';
    if (mode !== 'none' && mode !== 'env') {
      throw new UsageError(`--credentials ${JSON.stringify(mode)} is not none or env.`);
    }
    const seed = wholeNumber('seed', values.seed, 0, 0x7fffffff);
    const runs = wholeNumber('runs', values.runs, 1, 100_000);
    const timeoutMs = wholeNumber('timeout-ms', values['timeout-ms'], 1, 600_000);
    const credentials = mode === 'env' ? configFromEnv(io.env ?? {}).credentials : undefined;
    const report = await runContract({
      target: {
        baseUrl,
        projectId,
        ...(io.fetch ? { fetch: io.fetch } : {}),
        ...(credentials ? { credentials } : {}),
        ...(values['group-id'] ? { groupId: values['group-id'] } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      },
      ...(control === 'mock'
        ? {
            provider: mockServerProvider({
              baseUrl,
              ...(io.fetch ? { fetch: io.fetch } : {}),
              ...(timeoutMs === undefined ? {} : { timeoutMs }),
            }),
          }
        : {}),
      ...(seed === undefined ? {} : { seed }),
      ...(runs === undefined ? {} : { runs }),
      ...(values.only ? { only: values.only } : {}),
    });
    io.stdout(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    const failed = report.results.filter((r) => r.status === 'failed').map((r) => r.id);
    if (failed.length > 0) {
      io.stderr(
        `as-lifecycle-contract: ${failed.length} check(s) failed: ${failed.join(', ')} (seed ${report.seed})`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      error instanceof ContractUsageError ||
      (error as Error)?.name === 'ClientUsageError' ||
      (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS');
    const line = ((error as Error)?.message ?? String(error)).split('\n')[0] ?? '';
    const message = /[.!?]$/.test(line) ? line : `${line}.`;
    io.stderr(
      `as-lifecycle-contract: ${message}${usage ? ' Run "as-lifecycle-contract --help" for usage.' : ''}`,
    );
    return usage ? 2 : 1;
  }
}
