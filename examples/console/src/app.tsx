/**
 * The console: pick a scaling group, see its hooks and the instances they hold with the time left
 * on each, and act: Continue, Extend, Abandon. Every failure is shown with the provider's code,
 * message and request id, or the network's reason; none is swallowed.
 */
import { createAutoScalingClient } from '@as-lifecycle/client';
import type {
  CreateLifecycleHookBody,
  InstanceHangingInfo,
  LifecycleActionResult,
} from '@as-lifecycle/types';
import { type FormEvent, useMemo, useState } from 'react';
import type { ConsoleConfig } from './config';
import { CreateHookForm } from './create-hook-form';
import { describeFailure, type Failure } from './describe-failure';
import { FailureAlert } from './failure-alert';
import { HangingTable } from './hanging-table';
import { HooksTable } from './hooks-table';
import { useLifecycle } from './use-lifecycle';
import './styles.css';

const done: Record<LifecycleActionResult, string> = {
  CONTINUE: 'Continued',
  ABANDON: 'Abandoned',
  EXTEND: 'Extended by one hour',
};

export function App({ config }: { config: ConsoleConfig }) {
  const client = useMemo(
    () =>
      createAutoScalingClient({
        endpoint: config.endpoint,
        projectId: config.projectId,
        credentials: { token: config.token },
        timeoutMs: config.timeoutMs,
      }),
    [config],
  );
  const [typed, setTyped] = useState(config.groups[0] ?? '');
  const [group, setGroup] = useState(config.groups[0] ?? '');
  const { hooks, hanging, loadFailure, reload } = useLifecycle(client, group, config.refreshMs);
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [activity, setActivity] = useState<{ id: number; text: string }[]>([]);
  const log = (line: string) =>
    setActivity((lines) =>
      [
        { id: (lines[0]?.id ?? 0) + 1, text: `${new Date().toLocaleTimeString()} ${line}` },
        ...lines,
      ].slice(0, 20),
    );

  const act = async (record: InstanceHangingInfo, result: LifecycleActionResult) => {
    const key = record.lifecycle_action_key;
    const action = `${result.charAt(0)}${result.slice(1).toLowerCase()} ${record.instance_id}`;
    setFailure(undefined);
    setBusy((keys) => new Set(keys).add(key));
    const { error } = await client.callbackLifecycleHook({
      scaling_group_id: group,
      body: { lifecycle_action_key: key, lifecycle_action_result: result },
    });
    setBusy((keys) => {
      const left = new Set(keys);
      left.delete(key);
      return left;
    });
    if (error) {
      setFailure(describeFailure(action, error));
    } else {
      log(`${done[result]} ${record.instance_id} (${record.lifecycle_hook_name})`);
    }
    await reload();
  };

  const create = async (body: CreateLifecycleHookBody) => {
    setFailure(undefined);
    const { error } = await client.createLifecycleHook({ scaling_group_id: group, body });
    if (error) {
      setFailure(describeFailure(`Create hook ${body.lifecycle_hook_name}`, error));
      return false;
    }
    log(`Created hook ${body.lifecycle_hook_name}`);
    await reload();
    return true;
  };

  const pick = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setGroup(typed.trim());
  };

  return (
    <main>
      <header>
        <h1>Lifecycle hooks</h1>
        <p>
          Project <code>{config.projectId || '(none)'}</code> at <code>{config.endpoint}</code>
        </p>
      </header>
      <form onSubmit={pick} className="group-picker">
        <label>
          Scaling group
          <input value={typed} onChange={(e) => setTyped(e.target.value)} list="known-groups" />
        </label>
        <datalist id="known-groups">
          {config.groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <button type="submit">Show</button>
        <button type="button" onClick={() => void reload()} disabled={!group}>
          Refresh
        </button>
      </form>
      {failure ? <FailureAlert failure={failure} onDismiss={() => setFailure(undefined)} /> : null}
      {loadFailure ? <FailureAlert failure={loadFailure} /> : null}
      {group ? (
        <>
          <section aria-label="Hanging instances">
            <h2>Instances waiting on a hook</h2>
            {hanging ? (
              <HangingTable
                hanging={hanging}
                busy={busy}
                onAct={(r, result) => void act(r, result)}
              />
            ) : (
              <p className="loading">Loading…</p>
            )}
          </section>
          <section aria-label="Hooks">
            <h2>Hooks</h2>
            {hooks ? <HooksTable hooks={hooks} /> : <p className="loading">Loading…</p>}
          </section>
          <section>
            <h2>New hook</h2>
            <CreateHookForm
              topic={`urn:smn:cn-north-4:${config.projectId || 'project'}:console`}
              onCreate={create}
            />
          </section>
        </>
      ) : (
        <p>Pick a scaling group.</p>
      )}
      <section aria-label="Activity">
        <h2>Activity</h2>
        {activity.length === 0 ? (
          <p className="empty">Nothing done yet.</p>
        ) : (
          <ul>
            {activity.map((line) => (
              <li key={line.id}>{line.text}</li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
