/**
 * The instances held by the group's hooks, each with the time left before its hook's default
 * result applies, and its actions: Continue, Extend (+1 hour), Abandon (after a confirmation).
 */
import type { InstanceHangingInfo, LifecycleActionResult } from '@as-lifecycle/types';
import { Fragment, useState } from 'react';
import { formatLeft, useNow } from './countdown';

export interface HangingTableProps {
  hanging: InstanceHangingInfo[];
  /** Keys whose callback is on its way: their buttons wait. */
  busy: ReadonlySet<string>;
  onAct: (record: InstanceHangingInfo, result: LifecycleActionResult) => void;
}

export function HangingTable({ hanging, busy, onAct }: HangingTableProps) {
  const now = useNow();
  const [confirming, setConfirming] = useState<string>();
  // Where the keyboard focus goes back to after a Cancel: the row's Abandon button.
  const [cancelled, setCancelled] = useState<string>();
  if (hanging.length === 0) return <p className="empty">No instance is waiting on a hook.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Instance</th>
          <th>Hook</th>
          <th>Status</th>
          <th>Default</th>
          <th>Time left</th>
          <th>Actions</th>
        </tr>
      </thead>
      <tbody>
        {hanging.map((record) => {
          const key = record.lifecycle_action_key;
          const left = (Date.parse(record.timeout) - now) / 1000;
          const waiting = busy.has(key);
          return (
            <tr key={key} aria-label={`instance ${record.instance_id}`}>
              <td>
                <code>{record.instance_id}</code>
              </td>
              <td>{record.lifecycle_hook_name}</td>
              <td>{record.lifecycle_hook_status}</td>
              <td>{record.default_result}</td>
              <td>
                <time
                  role="timer"
                  dateTime={record.timeout}
                  title={`until ${record.timeout}`}
                  className={left < 300 ? 'soon' : ''}
                >
                  {formatLeft(left)}
                </time>
              </td>
              <td className="actions">
                {/* Keyed, so that each set of buttons mounts anew and autoFocus applies. */}
                {confirming === key ? (
                  <Fragment key="confirm">
                    <span>Abandon this instance?</span>
                    <button
                      type="button"
                      className="danger"
                      disabled={waiting}
                      // biome-ignore lint/a11y/noAutofocus: the button that replaced the one pressed
                      autoFocus
                      onClick={() => {
                        setConfirming(undefined);
                        onAct(record, 'ABANDON');
                      }}
                    >
                      Confirm abandon
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        setConfirming(undefined);
                        setCancelled(key);
                      }}
                    >
                      Cancel
                    </button>
                  </Fragment>
                ) : (
                  <Fragment key="actions">
                    <button
                      type="button"
                      disabled={waiting}
                      onClick={() => onAct(record, 'CONTINUE')}
                    >
                      Continue
                    </button>
                    <button
                      type="button"
                      disabled={waiting}
                      onClick={() => onAct(record, 'EXTEND')}
                    >
                      Extend 1 h
                    </button>
                    <button
                      type="button"
                      className="danger"
                      disabled={waiting}
                      // biome-ignore lint/a11y/noAutofocus: back where the keyboard was before Cancel
                      autoFocus={cancelled === key}
                      onClick={() => setConfirming(key)}
                    >
                      Abandon
                    </button>
                  </Fragment>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
