/**
 * `@as-lifecycle/contract`: one whole run of the suite (seed and runs fixed) against the mock in
 * process (its `fetch`, and MSW's `getResponse` over its handlers) and over HTTP (`as-lifecycle-mock`
 * on loopback, set up through `/__mock/`), beside the floor: every request that HTTP run sent,
 * control requests included, replayed in order with plain `fetch` to a fresh server, nothing
 * generated or checked, and only the API requests timed. No peer runs here (Schemathesis is
 * Python, Pact needs a broker), so the floor is the comparison.
 */
import {
  type ContractReport,
  mockProvider,
  mockServerProvider,
  runContract,
  type TargetFetch,
} from '@as-lifecycle/contract/runner';
import { createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer } from '@as-lifecycle/msw/server';
import { getResponse } from 'msw';

export interface ContractRow {
  name: string;
  /** Median wall time of one whole run, over the rounds. */
  medianMs: number;
  /** API requests one run sent (control requests to `/__mock/` not counted). */
  requests: number;
  /** Checks of the last run: passed / failed / skipped. */
  outcome: string;
}

export const contractSeed = 20261129;
export const contractRuns = 25;
export const contractRounds = 5;
const projectId = '0605767a3300d5762fb7c0186d9e1779';
const baseUrl = 'https://as.cn-north-4.myhuaweicloud.com';

interface Sent {
  /** A `/__mock/` request: replayed, so that the state matches, but not timed. */
  control: boolean;
  method: string;
  url: string;
  headers: [string, string][];
  body: string | undefined;
}

const outcome = (report: ContractReport) => {
  const count = (status: string) => report.results.filter((r) => r.status === status).length;
  return `${count('passed')} / ${count('failed')} / ${count('skipped')}`;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function benchContract(): Promise<ContractRow[]> {
  const server = await createMockServer(createLifecycleMock({ clock: 'virtual' }), { port: 0 });
  const floor = await createMockServer(createLifecycleMock({ clock: 'virtual' }), { port: 0 });
  const recorded: Sent[] = [];
  const contenders: {
    name: string;
    run: () => Promise<ContractReport | { apiMs: number; requests: number }>;
  }[] = [
    {
      name: 'suite, in process (mock.fetch)',
      run: () => {
        const mock = createLifecycleMock({ clock: 'virtual' });
        return runContract({
          target: { baseUrl, projectId, fetch: (request) => mock.fetch(request) },
          provider: mockProvider(mock),
          seed: contractSeed,
          runs: contractRuns,
        });
      },
    },
    {
      name: 'suite, in process (MSW getResponse)',
      run: () => {
        const mock = createLifecycleMock({ clock: 'virtual' });
        return runContract({
          target: { baseUrl, projectId, fetch: (request) => getResponse(mock.handlers, request) },
          provider: mockProvider(mock),
          seed: contractSeed,
          runs: contractRuns,
        });
      },
    },
    {
      name: 'suite, over HTTP (as-lifecycle-mock)',
      run: () => {
        recorded.length = 0;
        const recorder =
          (control: boolean): TargetFetch & ((request: Request) => Promise<Response>) =>
          async (request) => {
            recorded.push({
              control,
              method: request.method,
              url: request.url,
              headers: [...request.headers],
              body: request.body === null ? undefined : await request.clone().text(),
            });
            return fetch(request);
          };
        return runContract({
          target: { baseUrl: server.url, projectId, fetch: recorder(false) },
          provider: mockServerProvider({ baseUrl: server.url, fetch: recorder(true) }),
          seed: contractSeed,
          runs: contractRuns,
        });
      },
    },
    {
      name: 'floor: the same requests replayed, unchecked',
      // Times only the API requests; the parallel callbacks go one after another here.
      run: async () => {
        const base = new URL(server.url).origin;
        let apiMs = 0;
        for (const sent of recorded) {
          const started = performance.now();
          const response = await fetch(sent.url.replace(base, floor.url), {
            method: sent.method,
            headers: sent.headers,
            ...(sent.body === undefined ? {} : { body: sent.body }),
          });
          await response.arrayBuffer();
          if (!sent.control) apiMs += performance.now() - started;
        }
        return { apiMs, requests: recorded.filter((sent) => !sent.control).length };
      },
    },
  ];
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const last = new Map<string, ContractReport | { apiMs: number; requests: number }>();
  try {
    for (let round = 0; round < contractRounds; round += 1) {
      for (const contender of contenders) {
        const started = performance.now();
        const result = await contender.run();
        const elapsed = 'apiMs' in result ? result.apiMs : performance.now() - started;
        times.get(contender.name)?.push(elapsed);
        last.set(contender.name, result);
      }
    }
  } finally {
    await Promise.all([server.close(), floor.close()]);
  }
  return contenders.map(({ name }) => {
    const result = last.get(name);
    return {
      name,
      medianMs: median(times.get(name) ?? []),
      requests: result?.requests ?? 0,
      outcome: result && 'results' in result ? outcome(result) : 'n/a',
    };
  });
}
