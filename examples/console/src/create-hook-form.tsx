/**
 * A form for a new hook. Its fields keep what was typed until the hook is created: a refused or
 * failed request loses nothing. Choices come from the spec's enums.
 */
import type { CreateLifecycleHookBody } from '@as-lifecycle/types';
import { lifecycleHookDefaultResultValues, lifecycleHookTypeValues } from '@as-lifecycle/types';
import { type FormEvent, useState } from 'react';

export interface CreateHookFormProps {
  /** A topic to start from. */
  topic: string;
  /** Creates the hook; answers whether it was created. */
  onCreate: (body: CreateLifecycleHookBody) => Promise<boolean>;
}

const empty = (topic: string) => ({
  name: '',
  type: lifecycleHookTypeValues[0] as string,
  result: lifecycleHookDefaultResultValues[0] as string,
  timeout: '3600',
  topic,
  metadata: '',
});

export function CreateHookForm({ topic, onCreate }: CreateHookFormProps) {
  const [fields, setFields] = useState(() => empty(topic));
  const [sending, setSending] = useState(false);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    const created = await onCreate({
      lifecycle_hook_name: fields.name,
      lifecycle_hook_type: fields.type as CreateLifecycleHookBody['lifecycle_hook_type'],
      default_result: fields.result as NonNullable<CreateLifecycleHookBody['default_result']>,
      default_timeout: Number(fields.timeout),
      notification_topic_urn: fields.topic,
      ...(fields.metadata ? { notification_metadata: fields.metadata } : {}),
    });
    setSending(false);
    if (created) setFields(empty(fields.topic));
  };

  return (
    <form onSubmit={submit} aria-label="New hook" className="new-hook">
      <label>
        Name
        <input value={fields.name} onChange={set('name')} required maxLength={32} />
      </label>
      <label>
        Type
        <select value={fields.type} onChange={set('type')}>
          {lifecycleHookTypeValues.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        Default result
        <select value={fields.result} onChange={set('result')}>
          {lifecycleHookDefaultResultValues.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        Timeout (s)
        <input value={fields.timeout} onChange={set('timeout')} inputMode="numeric" />
      </label>
      <label>
        Topic URN
        <input value={fields.topic} onChange={set('topic')} />
      </label>
      <label>
        Metadata
        <input value={fields.metadata} onChange={set('metadata')} />
      </label>
      <button type="submit" disabled={sending}>
        {sending ? 'Creating…' : 'Create hook'}
      </button>
    </form>
  );
}
