/**
 * The remote controller's cost per call against the same call in process: `connectLifecycleMock`
 * over `as-lifecycle-mock`'s control plane (a server in this process, on 127.0.0.1) beside the
 * in-process controller of the same kind of mock, for a write (`clock.advance`) and a read (`group`).
 */
import { connectLifecycleMock, createLifecycleMock } from '@as-lifecycle/msw';
import { createMockServer } from '@as-lifecycle/msw/server';
import { type Measured, measure } from './measure';
import { group, scenario } from './msw-bench';

export interface RemoteRows {
  advance: Measured[];
  group: Measured[];
}

export async function benchRemote(): Promise<RemoteRows> {
  const local = createLifecycleMock({ scenario: scenario(), clock: 'virtual' });
  const served = createLifecycleMock({ scenario: scenario(), clock: 'virtual' });
  const server = await createMockServer(served, { port: 0 });
  try {
    const remote = connectLifecycleMock(server.url);
    const advance = await measure(
      [
        { name: 'in process: mock.clock.advance(1)', run: () => local.clock.advance(1) },
        { name: 'remote: await remote.clock.advance(1)', run: () => remote.clock.advance(1) },
      ],
      { batches: 15 },
    );
    const read = await measure(
      [
        { name: 'in process: mock.group(id)', run: () => local.group(group) },
        { name: 'remote: await remote.group(id)', run: () => remote.group(group) },
      ],
      { batches: 15 },
    );
    return { advance, group: read };
  } finally {
    await server.close();
  }
}
