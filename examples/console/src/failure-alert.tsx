/** A failure, shown until dismissed: what was being done, and why it failed. */
import type { Failure } from './describe-failure';

export function FailureAlert({ failure, onDismiss }: { failure: Failure; onDismiss?: () => void }) {
  return (
    <div role="alert" className={`failure failure-${failure.kind}`}>
      <strong>{failure.action} failed.</strong> <span>{failure.text}</span>
      {onDismiss ? (
        <button type="button" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      ) : null}
    </div>
  );
}
