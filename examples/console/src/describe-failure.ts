/** A failed call as the console shows it: the provider's code, message and request id, or what went wrong on the way. */
import { ApiError, type AutoScalingError } from '@as-lifecycle/client';

export interface Failure {
  /** What the user was doing: "Continue i-123". */
  action: string;
  /** One line: `AS.7042: The lifecycle action … (request id …)`, or the network's reason. */
  text: string;
  kind: AutoScalingError['kind'];
}

/** The line to show for a failed call. */
export function describeFailure(action: string, error: AutoScalingError): Failure {
  if (error instanceof ApiError) {
    const code = error.code ?? `HTTP ${error.status}`;
    const request = error.requestId ? ` (request id ${error.requestId})` : '';
    return { action, kind: 'api', text: `${code}: ${error.providerMessage}${request}` };
  }
  if (error.kind === 'timeout') {
    return {
      action,
      kind: error.kind,
      text: `No answer in time: ${error.message}. Nothing is lost; try again.`,
    };
  }
  if (error.kind === 'network') {
    return {
      action,
      kind: error.kind,
      text: `Network error: ${error.message}. Nothing is lost; try again.`,
    };
  }
  return { action, kind: error.kind, text: error.message };
}
