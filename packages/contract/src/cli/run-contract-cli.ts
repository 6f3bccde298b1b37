/**
 * `as-lifecycle-contract`: runs the suite against a running implementation and prints the table.
 * Exit 0 when no check failed (deviations from our decisions, under `--decisions report`, are
 * printed and do not fail), 1 naming each failed check, 2 with one line for a wrong command line.
 */

import {
  credentialsIn,
  describeFailure,
  parseCommandLine,
  renderHelp,
  UsageError,
} from '@as-lifecycle/cli-kit';
import { configFromEnv } from '@as-lifecycle/client';
import { ContractUsageError } from '../contract-errors';
import { formatReport } from '../format-report';
import { mockServerProvider } from '../providers/mock-server-provider';
import { runContract } from '../run-contract';
import type { TargetFetch } from '../target';

const bin = 'as-lifecycle-contract';

const options = {
  'base-url': {
    type: 'string',
    value: 'URL',
    description: "the implementation: as-lifecycle-mock's URL, a proxy, a region endpoint",
  },
  'project-id': {
    type: 'string',
    value: 'P',
    description: 'the project every request is sent for',
  },
  control: {
    type: 'string',
    choices: ['none', 'mock'],
    expected: 'none or mock',
    value: 'MODE',
    description:
      "none (default): stateless checks only, never a write a real service would carry out | mock: set up states through as-lifecycle-mock's /__mock/ endpoints (start the mock with --clock virtual for the timeout checks)",
  },
  seed: {
    type: 'integer',
    min: 0,
    max: 0x7fffffff,
    value: 'N',
    description: 'the seed of every generated request (default: a new one, printed)',
  },
  runs: {
    type: 'integer',
    min: 1,
    max: 100_000,
    value: 'N',
    description: 'generated requests per property (default 25)',
  },
  only: {
    type: 'string',
    multiple: true,
    value: 'TEXT',
    description: 'only the checks whose id contains TEXT (repeatable)',
  },
  'group-id': {
    type: 'string',
    value: 'G',
    description: 'an existing scaling group, for the read-only checks of --control none',
  },
  credentials: {
    type: 'string',
    choices: ['none', 'env'],
    expected: 'none or env',
    value: 'MODE',
    description:
      'none (default) | env: sign with HUAWEICLOUD_SDK_AK/SK (or carry HUAWEICLOUD_SDK_TOKEN) and check that the target refuses requests without them',
  },
  'timeout-ms': {
    type: 'integer',
    min: 1,
    max: 600_000,
    value: 'N',
    description: 'per request, control calls included, body and all (default 15000)',
  },
  decisions: {
    type: 'string',
    choices: ['enforce', 'report'],
    expected: 'enforce or report',
    value: 'MODE',
    description:
      "how rules the spec marks x-as-decision (this project's choices, not the provider's) count | enforce (default): as failures, for the mock and your own implementations | report: a check that breaks only those ends 'deviation', printed, exit unaffected; for the real service",
  },
  json: { type: 'boolean', description: 'print the report as JSON instead of the table' },
} as const;

/** The `--help` text of `as-lifecycle-contract`, rendered from its flags. */
export const contractUsage: string = renderHelp({
  usage: `Usage: ${bin} --base-url URL --project-id P [options]`,
  options,
  epilogue:
    'Exit: 0 when no check failed (deviations under --decisions report are printed, not failures), 1 when one did (each is named), 2 for a wrong command line.',
});

/** What the CLI reads and writes; the bin passes the process's, tests their own. */
export interface ContractCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  fetch?: TargetFetch & ((request: Request) => Promise<Response>);
}

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
    const parsed = parseCommandLine(argv, { options });
    if (parsed.help) {
      io.stdout(contractUsage);
      return 0;
    }
    const { values } = parsed;
    const baseUrl = values['base-url'];
    const projectId = values['project-id'];
    if (!baseUrl) throw new UsageError('--base-url is required (e.g. http://127.0.0.1:4010).');
    if (!projectId) throw new UsageError('--project-id is required.');
    const control = values.control ?? 'none';
    const mode = values.credentials ?? 'none';
    const { seed, runs } = values;
    const timeoutMs = values['timeout-ms'];
    const credentials = mode === 'env' ? configFromEnv(io.env ?? {}).credentials : undefined;
    const report = await runContract({
      target: {
        baseUrl,
        projectId,
        ...(io.fetch ? { fetch: io.fetch } : {}),
        ...(credentials ? { credentials } : {}),
        ...(values['group-id'] ? { groupId: values['group-id'] } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        ...(values.decisions ? { decisions: values.decisions } : {}),
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
    const deviated = report.results.filter((r) => r.status === 'deviation').map((r) => r.id);
    if (deviated.length > 0) {
      io.stderr(
        `${bin}: ${deviated.length} check(s) deviated from this project's decisions (x-as-decision), not failures: ${deviated.join(', ')}`,
      );
    }
    if (failed.length > 0) {
      io.stderr(
        `${bin}: ${failed.length} check(s) failed: ${failed.join(', ')} (seed ${report.seed})`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    const failure = describeFailure(error, {
      bin,
      isUsage: (cause) =>
        cause instanceof ContractUsageError || (cause as Error)?.name === 'ClientUsageError',
      secrets: credentialsIn(io.env),
    });
    io.stderr(failure.line);
    return failure.code;
  }
}
