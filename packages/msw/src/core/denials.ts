/**
 * Operations refused as a fine-grained IAM policy would refuse them: the service answers 400 AS.0031
 * naming the operation's IAM action (`iam-actions.ts`). A set of at most the seven operations.
 */
import { type OperationId, operationRoutes } from '@as-lifecycle/types';

/** Throws a TypeError (the controller's `MockControlError`) for a name that is neither an operation id nor `'*'`. */
function checkOperation(verb: string, operationId: string): void {
  if (operationId !== '*' && !Object.hasOwn(operationRoutes, operationId)) {
    throw new TypeError(
      `Failed to ${verb} "${operationId}": it is not an operation id. Use one of ${Object.keys(operationRoutes).join(', ')}, or '*'.`,
    );
  }
}

export class Denials {
  #all = false;
  readonly #operations = new Set<OperationId>();

  /** Refuses an operation from now on, or every one with `'*'`. */
  deny(operationId: OperationId | '*'): void {
    checkOperation('deny', operationId);
    if (operationId === '*') this.#all = true;
    else this.#operations.add(operationId);
  }

  /**
   * Lifts the refusal of an operation, or every refusal with `'*'`. Throws while `'*'` is denied and
   * one operation is allowed: the mock keeps a list of denied operations, not of exceptions.
   */
  allow(operationId: OperationId | '*'): void {
    checkOperation('allow', operationId);
    if (operationId === '*') {
      this.#all = false;
      this.#operations.clear();
      return;
    }
    if (this.#all) {
      throw new TypeError(
        `Failed to allow "${operationId}": every operation is denied ('*'). Call allow('*'), then deny the operations to refuse one by one.`,
      );
    }
    this.#operations.delete(operationId);
  }

  /** Whether a call of the operation is refused. */
  denies(operationId: OperationId): boolean {
    return this.#all || this.#operations.has(operationId);
  }

  /** The operations refused, `['*']` when all are. */
  list(): (OperationId | '*')[] {
    return this.#all ? ['*'] : [...this.#operations];
  }

  clear(): void {
    this.allow('*');
  }
}
