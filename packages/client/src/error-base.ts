import type { OperationId } from '@as-lifecycle/types';

/**
 * What every error class of the client shares. Not exported from the package as a value:
 * `instanceof AutoScalingError` reaches it.
 */
export abstract class AutoScalingErrorBase extends Error {
  abstract readonly kind: string;
  /** The operation that failed. */
  declare readonly operationId: OperationId;

  constructor(operationId: OperationId, message: string, options?: ErrorOptions) {
    super(message, options);
    this.operationId = operationId;
  }
}
