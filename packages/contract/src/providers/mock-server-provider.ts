/** The provider for `as-lifecycle-mock`: it drives the server through its `/__mock/` control endpoints. */
// The control plane's requests and answers are the mock's own description of it (a type import,
// erased: nothing of the mock runs here, and no published declaration names it). The API the
// suite judges is not described by the mock: the suite reads the spec itself.
import type { ControlAnswer, ControlEndpoint, ControlRequest } from '@as-lifecycle/msw';
import { ContractSkip } from '../contract-errors';
import { type ExchangeFailure, exchangeLimits, fetchWithin, redirectLine } from '../fetch-within';
import type { ContractProvider } from '../provider';
import { baseUrlOf } from '../target';

/**
 * Where the mock server is, and the fetch to reach it with.
 *
 * @example
 * const options: MockServerProviderOptions = { baseUrl: 'http://127.0.0.1:4010' };
 */
export interface MockServerProviderOptions {
  /** The server's origin, as printed when it starts: `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** Default: the global `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** How long one control call may take, its body included. Default 15 000 ms. */
  timeoutMs?: number;
  /** The longest control answer read, in bytes (`/__mock/state` of a large seed). Default 64 MiB. */
  maxResponseBytes?: number;
}

/**
 * A control call the server refused (`status`) or could not answer (no `status`).
 *
 * @example
 * import { MockServerControlError, mockServerProvider } from '@as-lifecycle/contract/runner';
 *
 * const provider = mockServerProvider({ baseUrl: 'http://127.0.0.1:4010' });
 * try {
 *   await provider.seed({ project_id: 'p', scaling_groups: [{ scaling_group_id: 'g', lifecycle_hooks: [] }] });
 * } catch (error) {
 *   if (error instanceof MockServerControlError) console.error(error.status, error.message);
 *   // undefined Failed to reach the mock server's control endpoint POST http://127.0.0.1:4010/__mock/seed: … Is as-lifecycle-mock running there?
 * }
 */
export class MockServerControlError extends Error {
  override readonly name = 'MockServerControlError';
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/**
 * A provider for a running `as-lifecycle-mock`. Start it with `--clock virtual` for the checks of
 * timeouts; with a real clock they are skipped.
 *
 * @example
 * import { defineContractSuite, mockServerProvider } from '@as-lifecycle/contract';
 *
 * defineContractSuite({
 *   target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' },
 *   provider: mockServerProvider({ baseUrl: 'http://127.0.0.1:4010' }),
 * });
 */
export function mockServerProvider(options: MockServerProviderOptions): ContractProvider {
  const base = baseUrlOf(options.baseUrl, 'create the mock server provider', 'baseUrl');
  const limits = exchangeLimits('create the mock server provider', options, 64 * 1024 * 1024);
  /**
   * Calls a control endpoint. The answer is the server's JSON, not trusted: a field of it may be
   * missing or of another type, so each one read is checked.
   */
  const call = async <E extends ControlEndpoint>(
    endpoint: E,
    ...[body]: ControlRequest<E> extends undefined ? [] : [ControlRequest<E>]
  ): Promise<Partial<ControlAnswer<E>> | undefined> => {
    const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    const [method, path] = endpoint.split(' ') as [string, string];
    const where = `${method} ${base}${path}`;
    let answer: Awaited<ReturnType<typeof fetchWithin>>;
    try {
      answer = await fetchWithin(
        fetch,
        `${base}${path}`,
        {
          method,
          // Every control POST says it is JSON, even without a body: the server refuses it otherwise.
          ...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' } } : {}),
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        limits,
      );
    } catch (error) {
      const failure = error as ExchangeFailure;
      throw new MockServerControlError(
        failure.reason === 'network'
          ? `Failed to reach the mock server's control endpoint ${where}: ${failure.message}. Is as-lifecycle-mock running there?`
          : `Failed to call the mock server's control endpoint ${where}: ${failure.message}.`,
      );
    }
    if (answer === undefined) {
      throw new MockServerControlError(`Failed to call ${where}: the fetch gave no response.`);
    }
    const { response, text } = answer;
    if (answer.redirect) {
      throw new MockServerControlError(
        `Failed to call ${where}: it ${redirectLine(response)}.`,
        response.status,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const message =
        (parsed as { error?: { message?: string } } | undefined)?.error?.message ??
        text.slice(0, 200);
      throw new MockServerControlError(
        `${endpoint} answered ${response.status}: ${message}`,
        response.status,
      );
    }
    return parsed as Partial<ControlAnswer<E>> | undefined;
  };
  return {
    name: `as-lifecycle-mock at ${base}`,
    async seed(scenario) {
      await call('POST /__mock/seed', scenario);
    },
    async scaleOut(projectId, groupId, count) {
      const result = await call('POST /__mock/scale', {
        project_id: projectId,
        scaling_group_id: groupId,
        scale_out: count,
      });
      if (!Array.isArray(result?.instance_hanging_info)) {
        throw new MockServerControlError(
          'POST /__mock/scale answered without instance_hanging_info: is this as-lifecycle-mock?',
        );
      }
      return result.instance_hanging_info;
    },
    async instances(projectId, groupId) {
      const state = await call('GET /__mock/state');
      if (!Array.isArray(state?.projects)) {
        throw new MockServerControlError(
          'GET /__mock/state answered without projects: is this as-lifecycle-mock?',
        );
      }
      const project = state.projects.find((p) => p.project_id === projectId);
      return project?.scaling_groups.find((g) => g.scaling_group_id === groupId)?.instances ?? [];
    },
    async advanceClock(seconds) {
      try {
        await call('POST /__mock/clock', { advance_seconds: seconds });
      } catch (error) {
        // The server refuses to move a real clock (400); anything else is a failure.
        if (error instanceof MockServerControlError && error.status === 400) {
          throw new ContractSkip(
            `the mock server's clock cannot move (${error.message}); start it with --clock virtual`,
          );
        }
        throw error;
      }
    },
  };
}
