/**
 * The hook sequences that need a provider: created, listed, shown, updated, deleted; the limit of
 * hooks in a group, a taken name, and changes refused while the group scales.
 */
import type { LifecycleHook } from '@as-lifecycle/types';
import { specLimits, stateErrors } from '../spec/spec-document';
import { needProvider } from './check';
import { defineCheck, type Expectations } from './define-check';
import { call } from './expect';
import { differences, sameJson } from './same-json';
import { hook, scenario, seedLaunching, topicOf } from './scenario';
import { launchOne, listHooks } from './stateful-helpers';

const { maxHooksPerGroup } = specLimits();

export const hookLifecycle = defineCheck({
  id: 'hook_lifecycle',
  title: 'a created hook is listed and shown as created; an update shows; a deleted hook is gone',
  async run(context, expect: Expectations) {
    const provider = needProvider(context, 'seed a scaling group');
    await provider.seed(scenario(context, []));
    const sent = {
      lifecycle_hook_name: 'contract-created',
      lifecycle_hook_type: 'INSTANCE_TERMINATING',
      default_result: 'CONTINUE',
      default_timeout: 600,
      notification_topic_urn: topicOf(context.sender.projectId),
      notification_metadata: 'as-lifecycle contract',
    };
    const created = await call(context, 'createLifecycleHook', { body: sent });
    expect.status(created, 200, 'creating a hook');
    const createdHook = created.response.body as LifecycleHook;
    const wrong = differences(sent, createdHook);
    if (wrong.length > 0)
      expect.fail(created, `the created hook differs from the request: ${wrong.join('; ')}`);

    const { exchange: listed, hooks } = await listHooks(expect, context);
    if (!hooks.some((h) => sameJson(h, createdHook))) {
      expect.fail(listed, 'the list does not hold the created hook as create answered it');
    }
    const shown = await call(context, 'showLifecycleHook', { hook: sent.lifecycle_hook_name });
    expect.status(shown, 200, 'showing the hook');
    if (!sameJson(shown.response.body, createdHook))
      expect.fail(shown, 'show differs from what create answered');

    const change = { default_result: 'ABANDON', default_timeout: 900 };
    const updated = await call(context, 'updateLifecycleHook', {
      hook: sent.lifecycle_hook_name,
      body: change,
    });
    expect.status(updated, 200, 'updating the hook');
    const expected = { ...createdHook, ...change };
    if (!sameJson(updated.response.body, expected)) {
      expect.fail(
        updated,
        `update answered other than the hook with the change: ${differences(expected, updated.response.body).join('; ')}`,
      );
    }
    const reshown = await call(context, 'showLifecycleHook', { hook: sent.lifecycle_hook_name });
    expect.status(reshown, 200, 'showing the updated hook');
    if (!sameJson(reshown.response.body, expected))
      expect.fail(reshown, 'show does not reflect the update');

    const deleted = await call(context, 'deleteLifecycleHook', { hook: sent.lifecycle_hook_name });
    expect.status(deleted, 204, 'deleting the hook');
    const gone = await call(context, 'showLifecycleHook', { hook: sent.lifecycle_hook_name });
    expect.state(gone, 'showLifecycleHook', 'hook-missing', 'showing a deleted hook');
    const { exchange: relisted, hooks: left } = await listHooks(expect, context);
    if (left.some((h) => h.lifecycle_hook_name === sent.lifecycle_hook_name)) {
      expect.fail(relisted, 'the deleted hook is still listed');
    }
  },
});

export const hookLimit = defineCheck({
  id: 'hook_limit',
  title: 'a sixth hook in a group is refused with the spec code, and the group keeps five',
  async run(context, expect: Expectations) {
    const provider = needProvider(context, `seed a group with ${maxHooksPerGroup} hooks`);
    await provider.seed(
      scenario(
        context,
        Array.from({ length: maxHooksPerGroup }, (_, n) => hook(context, `contract-${n + 1}`)),
      ),
    );
    const sixth = await call(context, 'createLifecycleHook', {
      body: { ...hook(context, `contract-${maxHooksPerGroup + 1}`, 'INSTANCE_TERMINATING') },
    });
    expect.state(sixth, 'createLifecycleHook', 'hook-limit', 'a sixth hook');
    const { exchange: listed, hooks } = await listHooks(expect, context);
    if (hooks.length !== maxHooksPerGroup)
      expect.fail(
        listed,
        `the group must keep its ${maxHooksPerGroup} hooks; it lists ${hooks.length}`,
      );
  },
});

export const duplicateName = defineCheck({
  id: 'duplicate_hook_name',
  title: 'a hook named like one the group has is refused with the spec code',
  async run(context, expect: Expectations) {
    const provider = needProvider(context, 'seed a group with a hook');
    await provider.seed(scenario(context, [hook(context, 'contract-hook')]));
    const again = await call(context, 'createLifecycleHook', {
      body: hook(context, 'contract-hook', 'INSTANCE_TERMINATING'),
    });
    expect.state(again, 'createLifecycleHook', 'hook-name-taken', 'a duplicate name');
    const { exchange: listed, hooks } = await listHooks(expect, context);
    const kept = hooks.map((h) => `${h.lifecycle_hook_name} ${h.lifecycle_hook_type}`);
    if (kept.join() !== 'contract-hook INSTANCE_LAUNCHING') {
      expect.fail(
        listed,
        `a refused duplicate must change nothing; the group lists ${kept.join(', ')}`,
      );
    }
  },
});

/** Whether the spec refuses an operation while the group scales (its `group-scaling` state error). */
const refusedWhileScaling = (operationId: string) =>
  stateErrors(operationId).some((error) => error.id === 'group-scaling');

export const scalingBusy = defineCheck({
  id: 'hook_change_while_scaling',
  title:
    'while a group holds instances, the hook changes the spec refuses get its code and change nothing; the others are applied',
  async run(context, expect: Expectations) {
    await seedLaunching(context);
    await launchOne(expect, context);
    const attempts = [
      ['createLifecycleHook', { body: hook(context, 'contract-new', 'INSTANCE_TERMINATING') }],
      ['updateLifecycleHook', { hook: 'contract-launch', body: { default_timeout: 600 } }],
      ['deleteLifecycleHook', { hook: 'contract-launch' }],
    ] as const;
    const expected = new Map([['contract-launch', 3600]]);
    for (const [operationId, options] of attempts) {
      const exchange = await call(context, operationId, options);
      if (refusedWhileScaling(operationId)) {
        expect.state(exchange, operationId, 'group-scaling', `${operationId} while scaling`);
        continue;
      }
      expect.status(exchange, operationId === 'deleteLifecycleHook' ? 204 : 200, operationId);
      if (operationId === 'createLifecycleHook') expected.set('contract-new', 3600);
      if (operationId === 'updateLifecycleHook') expected.set('contract-launch', 600);
      if (operationId === 'deleteLifecycleHook') expected.delete('contract-launch');
    }
    const { exchange: listed, hooks } = await listHooks(expect, context);
    const kept = hooks.map((h) => `${h.lifecycle_hook_name} ${h.default_timeout}`).sort();
    const wanted = [...expected].map(([name, timeout]) => `${name} ${timeout}`).sort();
    if (kept.join() !== wanted.join()) {
      expect.fail(
        listed,
        `while scaling, the group must list ${wanted.join(', ')} (refused changes change nothing); it lists ${kept.join(', ')}`,
      );
    }
  },
});
