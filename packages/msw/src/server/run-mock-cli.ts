/**
 * `as-lifecycle-mock`: parses its command line, seeds, serves, and stops cleanly on SIGINT/SIGTERM.
 * Exit 0 on a clean stop; 2 with one line on a wrong command line or seed file.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import {
  credentialsIn,
  describeFailure,
  parseCommandLine,
  renderHelp,
  UsageError,
} from '@as-lifecycle/cli-kit';
import type { OperationId } from '@as-lifecycle/types';
import type { AuthOptions } from '../core/auth';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createHookBounds } from '../generated/request-rules';
import { legacyDefaultTimeoutMinimum } from '../generated/timeout-limits';
import { createMockServer, type MockServer } from './create-mock-server';
import { listeningWarnings } from './host-policy';

const bin = 'as-lifecycle-mock';

const options = {
  port: {
    type: 'integer',
    min: 0,
    max: 65535,
    value: 'N',
    description: 'default 4010 (0: a free port)',
  },
  host: { type: 'string', value: 'H', description: 'default 127.0.0.1 (loopback only)' },
  'allow-host': {
    type: 'string',
    multiple: true,
    value: 'NAME',
    description:
      'also answer requests whose Host is NAME (repeatable; * for any). By default only loopback names and the bound address are answered (403 otherwise), so that no web page reaches the mock by DNS rebinding',
  },
  'cors-origin': {
    type: 'string',
    multiple: true,
    value: 'ORIGIN',
    description:
      'let web pages of ORIGIN (exactly, e.g. http://localhost:5173; * for any) call the API routes, with CORS headers (repeatable). By default a request from a page of another origin gets 403. /__mock/ stays closed to them',
  },
  'control-cors-origin': {
    type: 'string',
    multiple: true,
    value: 'ORIGIN',
    description:
      'also let web pages of ORIGIN (exactly; never *) drive the unauthenticated /__mock/ routes (repeatable)',
  },
  seed: {
    type: 'string',
    value: 'FILE',
    description: 'a scenario JSON file (see scenario.schema.json)',
  },
  // Checked by authOf, whose message names the modes unquoted.
  auth: { type: 'string', value: 'MODE', description: 'none (default) | token | aksk' },
  'token-errors': {
    type: 'string',
    choices: ['gateway', 'service'],
    expected: 'gateway or service',
    value: 'SHAPE',
    description:
      "with --auth token, how a missing or unknown token is refused: gateway (default; 401 APIG.0301 in the API gateway's flat body) | service (401 AS.0005 / AS.0006)",
  },
  deny: {
    type: 'string',
    multiple: true,
    value: 'OPERATION',
    description:
      'refuse an operation id (* for all) as a fine-grained IAM policy would: 400 AS.0031 naming its IAM action (repeatable; POST /__mock/allow lifts it)',
  },
  throttle: {
    type: 'integer',
    min: 0,
    max: 1_000_000,
    value: 'N',
    description:
      'let N calls per second of the mock clock through, as the API gateway does; past N, 429 APIG.0308',
  },
  'default-timeout-min': {
    type: 'integer',
    min: createHookBounds.default_timeout.minimum,
    max: createHookBounds.default_timeout.maximum,
    value: 'S',
    description: `refuse a default_timeout under S seconds with AS.7030, as older editions do (${legacyDefaultTimeoutMinimum}); default the spec's ${createHookBounds.default_timeout.minimum}`,
  },
  clock: {
    type: 'string',
    choices: ['real', 'virtual'],
    expected: 'real or virtual',
    value: 'MODE',
    description: 'real (default) | virtual (moved with POST /__mock/clock)',
  },
} as const;

/** The `--help` text of `as-lifecycle-mock`, rendered from its flags. */
export const mockUsage: string = renderHelp({
  usage: `Usage: ${bin} [options]`,
  options,
  epilogue: `Credentials for --auth: token takes HUAWEICLOUD_SDK_TOKEN (default "mock-token"); aksk takes
HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (default "MOCKAK" / "MOCKSK"); both are bound to the seeded
project (or HUAWEICLOUD_SDK_PROJECT_ID).

Control endpoints: POST /__mock/seed, /__mock/launch, /__mock/scale, /__mock/clock, /__mock/group,
/__mock/fail, /__mock/deny, /__mock/allow, /__mock/throttle, /__mock/reset; GET /__mock/state,
/__mock/requests, /__mock/clock. They are UNAUTHENTICATED: anyone who reaches the port can read and
change the mock. Every POST must carry Content-Type: application/json (even with no body), and
requests from a web page of another origin get 403 (unless --control-cors-origin names it).

Limits: request bodies 1 MiB (413); JSON nested at most 64 levels in control bodies; 1000 instances
per scale request and 100000 per group; the virtual clock from 0000-01-01T00:00:00Z to
9999-12-30T22:59:59Z.`,
});

export interface MockCliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Starts the server for a command line; answers it, or an exit code when it cannot start. */
export async function startMockCli(
  argv: readonly string[],
  io: MockCliIo,
): Promise<MockServer | number> {
  try {
    const parsed = parseCommandLine(argv, { options });
    if (parsed.help) {
      io.stdout(mockUsage);
      return 0;
    }
    const { values } = parsed;
    const port = values.port ?? 4010;
    const clock = values.clock ?? 'real';
    let scenario: unknown;
    if (values.seed !== undefined) {
      const text = await readFile(values.seed, 'utf8').catch(() => {
        throw new UsageError(`cannot read the seed file ${values.seed}.`);
      });
      try {
        scenario = JSON.parse(text);
      } catch (error) {
        throw new UsageError(
          `the seed file ${values.seed} is not JSON: ${(error as Error).message}.`,
        );
      }
    }
    const project =
      io.env.HUAWEICLOUD_SDK_PROJECT_ID ??
      (scenario as { project_id?: string } | undefined)?.project_id ??
      'mock-project';
    const auth = authOf(values.auth ?? 'none', project, io.env, values['token-errors']);
    const mock = createLifecycleMock({
      clock,
      ...(auth ? { auth } : {}),
      ...(values.deny ? { deny: values.deny as OperationId[] } : {}),
      ...(values.throttle === undefined ? {} : { throttle: { perSecond: values.throttle } }),
      ...(values['default-timeout-min'] === undefined
        ? {}
        : { limits: { defaultTimeoutMinimum: values['default-timeout-min'] } }),
      ...(scenario === undefined ? {} : { scenario: scenario as never }),
    });
    const allowHosts = values['allow-host'] ?? [];
    const corsOrigins = values['cors-origin'] ?? [];
    const server = await createMockServer(mock, {
      port,
      ...(values.host ? { host: values.host } : {}),
      allowHosts,
      corsOrigins,
      controlCorsOrigins: values['control-cors-origin'] ?? [],
    });
    io.stdout(`${bin} listening on ${server.url} (auth ${values.auth ?? 'none'}, clock ${clock})`);
    const bound = (server.server.address() as AddressInfo).address;
    for (const warning of listeningWarnings(bound, allowHosts, corsOrigins)) {
      io.stderr(`${bin}: warning: ${warning}`);
    }
    return server;
  } catch (error) {
    // Whatever stops the start (a flag, the seed file, the port) is the command line's to fix.
    const failure = describeFailure(error, {
      bin,
      isUsage: () => true,
      secrets: credentialsIn(io.env),
    });
    io.stderr(failure.line);
    return failure.code;
  }
}

function authOf(
  mode: string,
  project: string,
  env: Record<string, string | undefined>,
  tokenErrors: 'gateway' | 'service' | undefined,
): AuthOptions | undefined {
  if (tokenErrors !== undefined && mode !== 'token') {
    throw new UsageError(`--token-errors applies to --auth token only, not --auth ${mode}.`);
  }
  if (mode === 'none') return undefined;
  if (mode === 'token') {
    return {
      tokens: { [env.HUAWEICLOUD_SDK_TOKEN ?? 'mock-token']: project },
      ...(tokenErrors === undefined ? {} : { tokenErrors }),
    };
  }
  if (mode === 'aksk') {
    return {
      keys: {
        [env.HUAWEICLOUD_SDK_AK ?? 'MOCKAK']: {
          secretKey: env.HUAWEICLOUD_SDK_SK ?? 'MOCKSK',
          projectId: project,
        },
      },
    };
  }
  throw new UsageError(`--auth ${mode} is not none, token or aksk.`);
}
