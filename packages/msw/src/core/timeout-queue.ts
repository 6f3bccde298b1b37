/**
 * A min-heap of hanging records by timeout, so that finding the ones due costs O(log n) whatever
 * the number of records (the scale benchmark holds 100,000). An EXTEND pushes a new entry; the old
 * one is skipped when popped, because its instant no longer matches the record's.
 */
export interface QueueEntry {
  /** The instant, in ms, at which the entry is due. */
  at: number;
}

/** The smallest queue worth sweeping for stale entries. */
const MIN_SWEEP = 1024;

export class TimeoutQueue<Entry extends QueueEntry> {
  readonly #heap: Entry[] = [];
  #sweepAt = MIN_SWEEP;

  get size(): number {
    return this.#heap.length;
  }

  push(entry: Entry): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as QueueEntry).at <= entry.at) break;
      heap[i] = heap[parent] as Entry;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The earliest entry due at or before `now`, removed; undefined when none is due. */
  popDue(now: number): Entry | undefined {
    const heap = this.#heap;
    const top = heap[0];
    if (top === undefined || top.at > now) return undefined;
    const last = heap.pop() as Entry;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child =
          right < heap.length && (heap[right] as QueueEntry).at < (heap[left] as QueueEntry).at
            ? right
            : left;
        if ((heap[child] as QueueEntry).at >= last.at) break;
        heap[i] = heap[child] as Entry;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }

  /**
   * Whether the queue has doubled since it was last swept: entries of records answered early stay
   * until they come due, which on a virtual clock nobody advances is never, so the owner sweeps
   * them out (`retain`) at each doubling, for O(1) amortised per entry.
   */
  get crowded(): boolean {
    return this.#heap.length >= this.#sweepAt;
  }

  /** Keeps only the entries `keep` accepts. */
  retain(keep: (entry: Entry) => boolean): void {
    const kept = this.#heap.filter(keep);
    this.#heap.length = 0;
    for (const entry of kept) this.push(entry);
    this.#sweepAt = Math.max(MIN_SWEEP, 2 * this.#heap.length);
  }

  clear(): void {
    this.#heap.length = 0;
    this.#sweepAt = MIN_SWEEP;
  }
}
