/**
 * The instances held by the group's hooks, each with the time left before its hook's default
 * result applies, and its actions: Continue, Extend (+1 hour), Abandon (after a confirmation).
 */
import type { InstanceHangingInfo, LifecycleActionResult } from '@as-lifecycle/types';
import { useState } from 'react';
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
                {confirming === key ? (
                  <>
                    <span>Abandon this instance?</span>
                    <button
                      type="button"
                      className="danger"
                      disabled={waiting}
                      onClick={() => {
                        setConfirming(undefined);
                        onAct(record, 'ABANDON');
                      }}
                    >
                      Confirm abandon
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      Cancel
                    </button>
                  </>
                ) : (
                  <>
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
                      onClick={() => setConfirming(key)}
                    >
                      Abandon
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
