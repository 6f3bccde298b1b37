/** Fault injection: make the next calls of an operation fail, slow down, or never arrive. */
import type { AsErrorCode, OperationId } from '@as-lifecycle/types';

/** What happens to each of the next `times` calls. */
export interface Fault {
  /** How many calls it applies to. Default 1. */
  times?: number;
  /** Answer this provider code (with its catalogue status unless `status` is given). */
  code?: AsErrorCode;
  /** Answer this HTTP status (with `code`, or AS.0001). */
  status?: number;
  /** Wait this long before answering (or failing). */
  delayMs?: number;
  /** Fail at the network level: no response at all. */
  network?: boolean;
}

export class FaultBook {
  readonly #queues = new Map<OperationId | '*', Fault[]>();

  /** Queues a fault for an operation, or for any operation with `'*'`. */
  add(operationId: OperationId | '*', fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new TypeError(
        `Failed to inject a fault: times must be a whole number >= 1, got ${times}.`,
      );
    }
    const queue = this.#queues.get(operationId) ?? [];
    for (let i = 0; i < times; i++) queue.push(fault);
    this.#queues.set(operationId, queue);
  }

  /** The fault for this call, consumed; the operation's own queue first. */
  take(operationId: OperationId): Fault | undefined {
    return this.#queues.get(operationId)?.shift() ?? this.#queues.get('*')?.shift();
  }

  clear(): void {
    this.#queues.clear();
  }
}
