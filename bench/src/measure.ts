/**
 * A small, transparent harness: contenders run interleaved (A, B, C, A, B, C…) in timed batches so
 * that drift in the machine's speed hits them alike; the figure kept is the median time per
 * operation over the batches. Ratios are computed from medians taken in the same run.
 */

export interface Contender {
  name: string;
  /** One operation; awaited when it returns a promise. */
  run: () => unknown;
}

export interface Measured {
  name: string;
  medianNs: number;
  opsPerSecond: number;
  batches: number;
  opsPerBatch: number;
}

const now = () => process.hrtime.bigint();

async function timeBatch(run: () => unknown, ops: number): Promise<number> {
  const start = now();
  for (let i = 0; i < ops; i++) {
    const result = run();
    if (result instanceof Promise) await result;
  }
  return Number(now() - start) / ops;
}

/** Ops per batch so that one batch of the slowest contender takes about `batchMs`. */
async function calibrate(
  contenders: Contender[],
  batchMs: number,
  minOps: number,
): Promise<number> {
  let slowest = 0;
  for (const contender of contenders) {
    await timeBatch(contender.run, 200); // warm-up
    slowest = Math.max(slowest, await timeBatch(contender.run, 200));
  }
  return Math.max(minOps, Math.round((batchMs * 1e6) / slowest));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

export async function measure(
  contenders: Contender[],
  {
    batches = 25,
    batchMs = 40,
    minOps = 20,
  }: {
    batches?: number;
    batchMs?: number;
    /** At least this many operations per batch, for contenders whose cost is mostly garbage. */
    minOps?: number;
  } = {},
): Promise<Measured[]> {
  const ops = await calibrate(contenders, batchMs, minOps);
  const samples = contenders.map(() => [] as number[]);
  for (let batch = 0; batch < batches; batch++) {
    for (const [index, contender] of contenders.entries()) {
      samples[index]?.push(await timeBatch(contender.run, ops));
    }
  }
  return contenders.map((contender, index) => {
    const medianNs = median(samples[index] ?? []);
    return {
      name: contender.name,
      medianNs,
      opsPerSecond: 1e9 / medianNs,
      batches,
      opsPerBatch: ops,
    };
  });
}

export const formatNs = (ns: number) =>
  ns >= 1e6
    ? `${(ns / 1e6).toFixed(2)} ms`
    : ns >= 1e3
      ? `${(ns / 1e3).toFixed(2)} µs`
      : `${ns.toFixed(0)} ns`;
