import type { CallbackLifecycleHookBody } from '@as-lifecycle/types';
import { lifecycleActionResultValues } from '@as-lifecycle/types';
import { fieldsOf, filled, misuse } from './usage-error';

/**
 * Rejects a callback body that cannot succeed, before any request: no target, half a target, or a
 * result outside `ABANDON | CONTINUE | EXTEND`. The types already forbid these; this catches
 * untyped callers (JavaScript, JSON from elsewhere).
 */
export function assertCallbackBody(body: CallbackLifecycleHookBody): void {
  const what = 'call back the lifecycle hook';
  const {
    lifecycle_action_key: key,
    instance_id: instance,
    lifecycle_hook_name: hook,
  }: Partial<CallbackLifecycleHookBody> = fieldsOf(body);
  if (!filled(key) && !(filled(instance) && filled(hook))) {
    const why = filled(instance)
      ? 'instance_id is set but lifecycle_hook_name is not'
      : filled(hook)
        ? 'lifecycle_hook_name is set but instance_id is not'
        : 'the body names no target';
    throw misuse(
      what,
      why,
      'Pass lifecycle_action_key, or instance_id together with lifecycle_hook_name',
    );
  }
  const result: unknown = body.lifecycle_action_result;
  if (!(lifecycleActionResultValues as readonly unknown[]).includes(result)) {
    const allowed = lifecycleActionResultValues.join(', ');
    throw misuse(
      what,
      `lifecycle_action_result ${JSON.stringify(result)} is not one of ${allowed}`,
      'Pass one of them',
    );
  }
}
