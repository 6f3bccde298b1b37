/** Fault injection: make the next calls of an operation fail, slow down, or never arrive. */
import {
  type AsErrorCode,
  asErrorCatalogue,
  type OperationId,
  operationRoutes,
} from '@as-lifecycle/types';

/** What happens to each of the next `times` calls. */
export interface Fault {
  /** How many calls it applies to, 1 to 1,000,000. Default 1. */
  times?: number;
  /** Answer this provider code (with its catalogue status unless `status` is given). */
  code?: AsErrorCode;
  /** Answer this HTTP status, 400 to 599 (with `code`, or AS.0001). */
  status?: number;
  /** Wait this long before answering (or failing), 0 to 2147483647 ms. */
  delayMs?: number;
  /** Fail at the network level: no response at all. */
  network?: boolean;
}

const MAX_TIMES = 1_000_000;
/** The longest delay a fault may add (setTimeout's limit). */
export const MAX_DELAY_MS = 2_147_483_647;

/** Throws a TypeError saying how to fix a fault that cannot be injected. */
function checkFault(operationId: string, fault: Fault): void {
  const refuse = (why: string) => {
    throw new TypeError(`Failed to inject a fault: ${why}.`);
  };
  if (operationId !== '*' && !Object.hasOwn(operationRoutes, operationId)) {
    refuse(
      `"${operationId}" is not an operation id; use one of ${Object.keys(operationRoutes).join(', ')}, or '*'`,
    );
  }
  const { times = 1, code, status, delayMs, network } = fault;
  if (!Number.isInteger(times) || times < 1 || times > MAX_TIMES)
    refuse(`times must be a whole number from 1 to ${MAX_TIMES}`);
  if (code !== undefined && !Object.hasOwn(asErrorCatalogue, code))
    refuse(`code "${String(code)}" is not a code of the spec's catalogue`);
  if (status !== undefined && (!Number.isInteger(status) || status < 400 || status > 599))
    refuse('status must be a whole number from 400 to 599');
  if (
    delayMs !== undefined &&
    (!Number.isFinite(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS)
  ) {
    refuse(`delayMs must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`);
  }
  if (code === undefined && status === undefined && delayMs === undefined && network !== true) {
    refuse('it has no effect; give code, status, delayMs or network: true');
  }
}

export class FaultBook {
  readonly #queues = new Map<OperationId | '*', { fault: Fault; remaining: number }[]>();

  /** Queues a fault for an operation, or for any operation with `'*'`. Throws on a fault that cannot be. */
  add(operationId: OperationId | '*', fault: Fault): void {
    checkFault(operationId, fault);
    const queue = this.#queues.get(operationId) ?? [];
    queue.push({ fault, remaining: fault.times ?? 1 });
    this.#queues.set(operationId, queue);
  }

  /** The fault for this call, consumed; the operation's own queue first. */
  take(operationId: OperationId): Fault | undefined {
    return this.#consume(operationId) ?? this.#consume('*');
  }

  #consume(key: OperationId | '*'): Fault | undefined {
    const queue = this.#queues.get(key);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) queue.shift();
    return head.fault;
  }

  clear(): void {
    this.#queues.clear();
  }
}
