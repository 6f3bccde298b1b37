/** The group's lifecycle hooks. */
import type { LifecycleHook } from '@as-lifecycle/types';

export function HooksTable({ hooks }: { hooks: LifecycleHook[] }) {
  if (hooks.length === 0) return <p className="empty">This group has no lifecycle hooks.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Hook</th>
          <th>Type</th>
          <th>Default result</th>
          <th>Timeout</th>
          <th>Topic</th>
        </tr>
      </thead>
      <tbody>
        {hooks.map((hook) => (
          <tr key={hook.lifecycle_hook_name} aria-label={`hook ${hook.lifecycle_hook_name}`}>
            <td>{hook.lifecycle_hook_name}</td>
            <td>
              {hook.lifecycle_hook_type === 'INSTANCE_LAUNCHING' ? 'launching' : 'terminating'}
            </td>
            <td>{hook.default_result}</td>
            <td>{hook.default_timeout} s</td>
            <td>{hook.notification_topic_name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
