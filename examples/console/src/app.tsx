/**
 * The console: pick a scaling group, see its hooks and the instances they hold with the time left
 * on each, and act: Continue, Extend, Abandon. Every failure is shown with the provider's code,
 * message and request id, or the network's reason; none is swallowed.
 */
import { type AutoScalingClient, createAutoScalingClient } from '@as-lifecycle/client';
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

/** The console, or what is wrong with its configuration. */
export function App({ config }: { config: ConsoleConfig }) {
  const made = useMemo(() => {
    try {
      return {
        client: createAutoScalingClient({
          endpoint: config.endpoint,
          projectId: config.projectId,
          credentials: { token: config.token },
          timeoutMs: config.timeoutMs,
        }),
      };
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }, [config]);
  if ('problem' in made) {
    return (
      <main>
        <h1>Lifecycle hooks</h1>
        <div role="alert" className="failure">
          <strong>The console is not configured.</strong> <span>{made.problem}</span>
          <p>
            Set <code>projectId</code>, <code>endpoint</code> and <code>token</code> in{' '}
            <code>console-config.json</code> beside this page, or <code>?project=</code> in the
            address.
          </p>
        </div>
      </main>
    );
  }
  return <Console config={config} client={made.client} />;
}

/** Group ids the API cannot address: empty, or a dot segment a URL would resolve away. */
const unusableGroup = (group: string) => group === '' || group === '.' || group === '..';

function Console({ config, client }: { config: ConsoleConfig; client: AutoScalingClient }) {
  const first = config.groups.find((g) => !unusableGroup(g)) ?? '';
  const [typed, setTyped] = useState(first);
  const [group, setGroup] = useState(first);
  const { hooks, hanging, loadFailure, reload } = useLifecycle(client, group, config.refreshMs);
  // Every failure stays until dismissed, newest first: none is hidden by the next action.
  const [failures, setFailures] = useState<Failure[]>([]);
  const report = (failure: Failure) => setFailures((shown) => [failure, ...shown]);
  const dismiss = (id: number) => setFailures((shown) => shown.filter((f) => f.id !== id));
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
    setBusy((keys) => new Set(keys).add(key));
    try {
      const { error } = await client.callbackLifecycleHook({
        scaling_group_id: group,
        body: { lifecycle_action_key: key, lifecycle_action_result: result },
      });
      if (error) report(describeFailure(action, error));
      else log(`${done[result]} ${record.instance_id} (${record.lifecycle_hook_name})`);
    } catch (error) {
      report(describeFailure(action, error));
    }
    // The row stays busy until the list shows what the callback did.
    await reload();
    setBusy((keys) => {
      const left = new Set(keys);
      left.delete(key);
      return left;
    });
  };

  const create = async (body: CreateLifecycleHookBody) => {
    const action = `Create hook ${body.lifecycle_hook_name}`;
    try {
      const { error } = await client.createLifecycleHook({ scaling_group_id: group, body });
      if (error) {
        report(describeFailure(action, error));
        return false;
      }
    } catch (error) {
      report(describeFailure(action, error));
      return false;
    }
    log(`Created hook ${body.lifecycle_hook_name}`);
    await reload();
    return true;
  };

  const pick = (event: FormEvent) => {
    event.preventDefault();
    const wanted = typed.trim();
    if (unusableGroup(wanted)) {
      report(describeFailure('Show group', new Error(`"${wanted}" is not a scaling group id.`)));
      return;
    }
    setGroup(wanted);
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
      {failures.map((failure) => (
        <FailureAlert key={failure.id} failure={failure} onDismiss={() => dismiss(failure.id)} />
      ))}
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
              <Pending failed={loadFailure !== undefined} />
            )}
          </section>
          <section aria-label="Hooks">
            <h2>Hooks</h2>
            {hooks ? <HooksTable hooks={hooks} /> : <Pending failed={loadFailure !== undefined} />}
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

/** What stands in for a list not loaded yet: loading, or the load failed (its alert says why). */
function Pending({ failed }: { failed: boolean }) {
  return <p className="loading">{failed ? 'Could not load this group.' : 'Loading…'}</p>;
}
