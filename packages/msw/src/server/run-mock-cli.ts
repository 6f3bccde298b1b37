/**
 * `as-lifecycle-mock`: parses its command line, seeds, serves, and stops cleanly on SIGINT/SIGTERM.
 * Exit 0 on a clean stop; 2 with one line on a wrong command line or seed file.
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { AuthOptions } from '../core/auth';
import { createLifecycleMock } from '../create-lifecycle-mock';
import { createMockServer, type MockServer } from './create-mock-server';
import { listeningWarnings } from './host-policy';

export const mockUsage = `Usage: as-lifecycle-mock [options]

  --port N            default 4010 (0: a free port)
  --host H            default 127.0.0.1 (loopback only)
  --allow-host NAME   also answer requests whose Host is NAME (repeatable; * for any). By default
                      only loopback names and the bound address are answered (403 otherwise), so
                      that no web page reaches the mock by DNS rebinding
  --seed FILE         a scenario JSON file (see scenario.schema.json)
  --auth MODE         none (default) | token | aksk
  --clock MODE        real (default) | virtual (moved with POST /__mock/clock)
  -h, --help          this text

Credentials for --auth: token takes HUAWEICLOUD_SDK_TOKEN (default "mock-token"); aksk takes
HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (default "MOCKAK" / "MOCKSK"); both are bound to the seeded
project (or HUAWEICLOUD_SDK_PROJECT_ID).

Control endpoints: POST /__mock/seed, /__mock/scale, /__mock/clock, /__mock/fail, /__mock/reset;
GET /__mock/state, /__mock/requests, /__mock/clock. They are UNAUTHENTICATED: anyone who reaches
the port can read and change the mock. Every POST must carry Content-Type: application/json (even
with no body), and requests from a web page of another origin get 403.

Limits: request bodies 1 MiB (413); JSON nested at most 64 levels in control bodies; 1000 instances
per scale request and 100000 per group; the virtual clock from 0000-01-01T00:00:00Z to
9999-12-30T22:59:59Z.`;

class UsageError extends Error {}

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
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        auth: { type: 'string' },
        clock: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(mockUsage);
      return 0;
    }
    const port = values.port === undefined ? 4010 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port ${values.port} is not a port number.`);
    const clock = values.clock ?? 'real';
    if (clock !== 'real' && clock !== 'virtual')
      throw new UsageError(`--clock ${clock} is not real or virtual.`);
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
    const auth = authOf(values.auth ?? 'none', project, io.env);
    const mock = createLifecycleMock({
      clock: clock === 'virtual' ? 'virtual' : 'real',
      ...(auth ? { auth } : {}),
      ...(scenario === undefined ? {} : { scenario: scenario as never }),
    });
    const allowHosts = values['allow-host'] ?? [];
    const server = await createMockServer(mock, {
      port,
      ...(values.host ? { host: values.host } : {}),
      allowHosts,
    });
    io.stdout(
      `as-lifecycle-mock listening on ${server.url} (auth ${values.auth ?? 'none'}, clock ${clock})`,
    );
    const bound = (server.server.address() as AddressInfo).address;
    for (const warning of listeningWarnings(bound, allowHosts)) {
      io.stderr(`as-lifecycle-mock: warning: ${warning}`);
    }
    return server;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    io.stderr(`as-lifecycle-mock: ${message} Run "as-lifecycle-mock --help" for usage.`);
    return 2;
  }
}

function authOf(
  mode: string,
  project: string,
  env: Record<string, string | undefined>,
): AuthOptions | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'token') return { tokens: { [env.HUAWEICLOUD_SDK_TOKEN ?? 'mock-token']: project } };
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
