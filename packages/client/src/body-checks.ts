import type { OperationId } from '@as-lifecycle/types';
import { assertCallbackBody } from './callback-target';

/**
 * The checks a body gets before anything is sent, by operation: those the types enforce but an
 * untyped caller may miss. The request cycle consults this table and names no operation itself;
 * an operation that needs a check adds a row here.
 */
export const bodyChecks: Partial<Record<OperationId, (body: never) => void>> = {
  callbackLifecycleHook: assertCallbackBody,
};
