/** A failed call as the console shows it: the provider's code, message and request id, or what went wrong on the way. */
import { ApiError, AutoScalingError } from '@as-lifecycle/client';

export interface Failure {
  /** Unique per failure, for lists. */
  id: number;
  /** What the user was doing: "Continue i-123". */
  action: string;
  /** One line: `AS.7042: The lifecycle action … (request id …)`, or the network's reason. */
  text: string;
  kind: AutoScalingError['kind'] | 'usage';
}

let next = 0;

/**
 * The line to show for a failed call: an error the client answered, or one it threw (a request it
 * refused to send, such as a group id of `..`).
 */
export function describeFailure(action: string, error: unknown): Failure {
  next += 1;
  const id = next;
  if (error instanceof ApiError) {
    const code = error.code ?? `HTTP ${error.status}`;
    const request = error.requestId ? ` (request id ${error.requestId})` : '';
    return { id, action, kind: 'api', text: `${code}: ${error.providerMessage}${request}` };
  }
  if (error instanceof AutoScalingError && error.kind === 'timeout') {
    return {
      id,
      action,
      kind: error.kind,
      text: `No answer in time: ${error.message}. Nothing is lost; try again.`,
    };
  }
  if (error instanceof AutoScalingError && error.kind === 'network') {
    return {
      id,
      action,
      kind: error.kind,
      text: `Network error: ${error.message}. Nothing is lost; try again.`,
    };
  }
  if (error instanceof AutoScalingError)
    return { id, action, kind: error.kind, text: error.message };
  return {
    id,
    action,
    kind: 'usage',
    text: error instanceof Error ? error.message : String(error),
  };
}
