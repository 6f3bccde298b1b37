/**
 * `@as-lifecycle/contract`: one whole run of the suite (seed and runs fixed) against the mock in
 * process (its `fetch`, and MSW's `getResponse` over its handlers) and over HTTP (`as-lifecycle-mock`
 * on loopback, set up through `/__mock/`), beside the floor: the same API requests that HTTP run
 * sent, replayed one after another with plain `fetch` and nothing checked. No peer runs here
 * (Schemathesis is Python, Pact needs a broker), so the floor is the comparison.
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
  const contenders: { name: string; run: () => Promise<ContractReport | number> }[] = [
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
        const record: TargetFetch = async (request) => {
          recorded.push({
            method: request.method,
            url: request.url,
            headers: [...request.headers],
            body: request.body === null ? undefined : await request.clone().text(),
          });
          return fetch(request);
        };
        return runContract({
          target: { baseUrl: server.url, projectId, fetch: record },
          provider: mockServerProvider({ baseUrl: server.url }),
          seed: contractSeed,
          runs: contractRuns,
        });
      },
    },
    {
      name: 'floor: the same requests replayed, unchecked',
      run: async () => {
        const base = new URL(server.url).origin;
        for (const sent of recorded) {
          const url = sent.url.replace(base, floor.url);
          const response = await fetch(url, {
            method: sent.method,
            headers: sent.headers,
            ...(sent.body === undefined ? {} : { body: sent.body }),
          });
          await response.arrayBuffer();
        }
        return recorded.length;
      },
    },
  ];
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const last = new Map<string, ContractReport | number>();
  try {
    for (let round = 0; round < contractRounds; round += 1) {
      for (const contender of contenders) {
        const started = performance.now();
        const result = await contender.run();
        times.get(contender.name)?.push(performance.now() - started);
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
      requests: typeof result === 'number' ? result : (result?.requests ?? 0),
      outcome: typeof result === 'number' ? 'n/a' : result ? outcome(result) : 'n/a',
    };
  });
}
