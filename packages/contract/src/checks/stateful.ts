/**
 * The sequences that need a provider: hooks created, listed, shown, updated, deleted; instances
 * held, extended, continued, timed out; races and limits. Each check seeds its own state first.
 */
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { ContractSkip, ContractViolation } from '../contract-errors';
import { specLimits } from '../spec/spec-document';
import { type CheckContext, type ContractCheck, needProvider } from './check';
import { defineCheck, type Expectations } from './define-check';
import { call, stateCode } from './expect';
import { differences, sameJson } from './same-json';
import { contractGroups, hook, scenario, seedLaunching, topicOf } from './scenario';

const { extendSeconds, maxHooksPerGroup } = specLimits();

const main: string = contractGroups.main;

/** The hanging records of a group (or of one instance), through `listHookInstances`. */
async function hanging(
  expect: Expectations,
  context: CheckContext,
  instanceId?: string,
  group: string = main,
) {
  const exchange = await call(context, 'listHookInstances', {
    group,
    ...(instanceId === undefined ? {} : { query: { instance_id: instanceId } }),
  });
  expect.status(exchange, 200, 'listing hanging instances');
  const records = (exchange.response.body as { instance_hanging_info: InstanceHangingInfo[] })
    .instance_hanging_info;
  return { exchange, records };
}

/** The hooks of `main`, through `listLifecycleHooks`. */
async function listHooks(expect: Expectations, context: CheckContext) {
  const exchange = await call(context, 'listLifecycleHooks');
  expect.status(exchange, 200, 'listing hooks');
  const hooks = (exchange.response.body as { lifecycle_hooks: LifecycleHook[] }).lifecycle_hooks;
  return { exchange, hooks };
}

/** Launches one instance into a group and answers its hanging record. */
async function launchOne(
  expect: Expectations,
  context: CheckContext,
  group: string = main,
  count = 1,
) {
  const provider = needProvider(context, 'launch instances into HANGING');
  const records = await provider.scaleOut(context.sender.projectId, group, count);
  if (records.length !== count) {
    throw new Error(
      `${expect.id}: the provider launched ${count} instance(s) into ${group} but ${records.length} hanging record(s) came back; the group needs a launching hook`,
    );
  }
  return records;
}

/** An instance's lifecycle state as the provider reports it; undefined when the group has it no more. */
async function stateOf(context: CheckContext, group: string, instanceId: string) {
  const provider = needProvider(context, 'read instance states');
  const instances = await provider.instances(context.sender.projectId, group);
  return instances.find((i) => i.instance_id === instanceId)?.lifecycle_state;
}

const seconds = (instant: string) => Date.parse(instant) / 1000;

const hookLifecycle = defineCheck({
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
    expect.error(gone, [stateCode('showLifecycleHook', 'hook-missing')], 'showing a deleted hook');
    const { exchange: relisted, hooks: left } = await listHooks(expect, context);
    if (left.some((h) => h.lifecycle_hook_name === sent.lifecycle_hook_name)) {
      expect.fail(relisted, 'the deleted hook is still listed');
    }
  },
});

const callbackSequence = defineCheck({
  id: 'callback_sequence',
  title:
    'a held instance: EXTEND moves its timeout by exactly 3600 s, CONTINUE releases it into service, a second callback gets the spec code',
  async run(context, expect: Expectations) {
    const provider = needProvider(context, 'launch instances into HANGING');
    await provider.seed(scenario(context, []));
    const created = await call(context, 'createLifecycleHook', {
      body: {
        lifecycle_hook_name: 'contract-launch',
        lifecycle_hook_type: 'INSTANCE_LAUNCHING',
        default_result: 'ABANDON',
        default_timeout: 3600,
        notification_topic_urn: topicOf(context.sender.projectId),
      },
    });
    expect.status(created, 200, 'creating a launching hook');
    const [held] = await launchOne(expect, context);
    if (!held) throw new Error('unreachable');
    const before = await hanging(expect, context, held.instance_id);
    const record = before.records[0];
    if (
      before.records.length !== 1 ||
      record?.lifecycle_action_key !== held.lifecycle_action_key ||
      record.lifecycle_hook_status !== 'HANGING' ||
      record.lifecycle_hook_name !== 'contract-launch' ||
      record.default_result !== 'ABANDON'
    ) {
      expect.fail(
        before.exchange,
        `the launched instance is not listed as HANGING on contract-launch with its key and the hook's default result`,
      );
    }
    const callback = (result: string) =>
      call(context, 'callbackLifecycleHook', {
        body: { lifecycle_action_key: held.lifecycle_action_key, lifecycle_action_result: result },
      });
    const extend = await callback('EXTEND');
    expect.status(extend, 204, 'EXTEND');
    const after = await hanging(expect, context, held.instance_id);
    const moved = after.records[0];
    if (
      !moved ||
      seconds(moved.timeout) - seconds(record.timeout) !== extendSeconds ||
      moved.lifecycle_hook_status !== 'HANGING'
    ) {
      expect.fail(
        after.exchange,
        `EXTEND must move the timeout by exactly ${extendSeconds} s and keep it HANGING: was ${record.timeout}, now ${moved?.timeout} ${moved?.lifecycle_hook_status ?? '(not listed)'}`,
      );
    }
    const proceed = await callback('CONTINUE');
    expect.status(proceed, 204, 'CONTINUE');
    const released = await hanging(expect, context, held.instance_id);
    if (released.records.length !== 0)
      expect.fail(released.exchange, 'the instance is still listed after CONTINUE');
    const state = await stateOf(context, main, held.instance_id);
    if (state !== 'INSERVICE') {
      expect.fail(
        proceed,
        `after CONTINUE on a launching hook the instance must be INSERVICE; the provider reports ${state ?? 'no such instance'}`,
      );
    }
    const again = await callback('CONTINUE');
    expect.error(
      again,
      [stateCode('callbackLifecycleHook', 'target-not-hanging')],
      'a second callback on a released key',
    );
  },
});

const callbackTarget = defineCheck({
  id: 'callback_target',
  title:
    'the key wins over instance id + hook name; instance id + hook name alone names the instance',
  async run(context, expect: Expectations) {
    const name = await seedLaunching(context);
    const [a, b] = await launchOne(expect, context, main, 2);
    if (!a || !b) throw new Error('unreachable');
    const both = await call(context, 'callbackLifecycleHook', {
      body: {
        lifecycle_action_key: a.lifecycle_action_key,
        instance_id: b.instance_id,
        lifecycle_hook_name: name,
        lifecycle_action_result: 'CONTINUE',
      },
    });
    expect.status(both, 204, "a callback with A's key and B's instance id");
    const left = await hanging(expect, context);
    const ids = left.records.map((r) => r.instance_id);
    if (ids.includes(a.instance_id) || !ids.includes(b.instance_id)) {
      expect.fail(
        both,
        `the key must win: A (${a.instance_id}) released and B (${b.instance_id}) still held; still held: ${ids.join(', ') || 'none'}`,
      );
    }
    const byInstance = await call(context, 'callbackLifecycleHook', {
      body: {
        instance_id: b.instance_id,
        lifecycle_hook_name: name,
        lifecycle_action_result: 'ABANDON',
      },
    });
    expect.status(byInstance, 204, 'a callback by instance id and hook name');
    const after = await hanging(expect, context, b.instance_id);
    if (after.records.length !== 0)
      expect.fail(after.exchange, 'the instance named by id and hook is still held');
  },
});

const defaultAtTimeout = defineCheck({
  id: 'default_result_at_timeout',
  title: "a held instance stays held until its timeout, then the hook's default result applies",
  async run(context, expect: Expectations) {
    const provider = needProvider(context, 'launch instances and move the clock');
    if (!provider.advanceClock) {
      throw new ContractSkip(`${provider.name} cannot move its clock`);
    }
    await provider.seed(
      scenario(
        context,
        [
          hook(context, 'contract-continue', 'INSTANCE_LAUNCHING', {
            default_result: 'CONTINUE',
            default_timeout: 300,
          }),
        ],
        [
          hook(context, 'contract-abandon', 'INSTANCE_LAUNCHING', {
            default_result: 'ABANDON',
            default_timeout: 300,
          }),
        ],
      ),
    );
    const [kept] = await launchOne(expect, context, main);
    const [dropped] = await launchOne(expect, context, contractGroups.other);
    if (!kept || !dropped) throw new Error('unreachable');
    const held = [
      [kept, main],
      [dropped, contractGroups.other],
    ] as const;
    const expectHeld = async (count: number, message: string) => {
      for (const [record, group] of held) {
        const { exchange, records } = await hanging(expect, context, record.instance_id, group);
        if (records.length !== count) expect.fail(exchange, message);
      }
    };
    await provider.advanceClock(299);
    await expectHeld(1, 'an instance was released before its timeout');
    await provider.advanceClock(2);
    await expectHeld(0, 'an instance is still held after its timeout');
    const keptState = await stateOf(context, main, kept.instance_id);
    if (keptState !== 'INSERVICE') {
      throw new ContractViolation(
        expect.id,
        `default CONTINUE at timeout must put the launched instance INSERVICE; the provider reports ${keptState ?? 'no such instance'}`,
      );
    }
    const droppedState = await stateOf(context, contractGroups.other, dropped.instance_id);
    if (droppedState !== undefined) {
      throw new ContractViolation(
        expect.id,
        `default ABANDON at timeout must terminate the launched instance; the provider still lists it as ${droppedState}`,
      );
    }
  },
});

const parallelCallbacks = defineCheck({
  id: 'parallel_callbacks',
  title:
    'of 8 simultaneous callbacks on one key exactly one succeeds; the others get the spec code',
  async run(context, expect: Expectations) {
    await seedLaunching(context);
    const [held] = await launchOne(expect, context);
    if (!held) throw new Error('unreachable');
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        call(context, 'callbackLifecycleHook', {
          body: {
            lifecycle_action_key: held.lifecycle_action_key,
            lifecycle_action_result: 'CONTINUE',
          },
        }),
      ),
    );
    const succeeded = answers.filter((a) => a.response.status === 204);
    if (succeeded.length !== 1) {
      expect.fail(
        answers[0] as (typeof answers)[number],
        `${succeeded.length} of 8 parallel callbacks on one key succeeded; exactly one must`,
      );
    }
    const code = stateCode('callbackLifecycleHook', 'target-not-hanging');
    for (const answer of answers.filter((a) => a.response.status !== 204)) {
      expect.error(answer, [code], 'a losing parallel callback');
    }
  },
});

const hookLimit = defineCheck({
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
    expect.error(sixth, [stateCode('createLifecycleHook', 'hook-limit')], 'a sixth hook');
    const { exchange: listed, hooks } = await listHooks(expect, context);
    if (hooks.length !== maxHooksPerGroup)
      expect.fail(
        listed,
        `the group must keep its ${maxHooksPerGroup} hooks; it lists ${hooks.length}`,
      );
  },
});

const duplicateName = defineCheck({
  id: 'duplicate_hook_name',
  title: 'a hook named like one the group has is refused with the spec code',
  async run(context, expect: Expectations) {
    const provider = needProvider(context, 'seed a group with a hook');
    await provider.seed(scenario(context, [hook(context, 'contract-hook')]));
    const again = await call(context, 'createLifecycleHook', {
      body: hook(context, 'contract-hook', 'INSTANCE_TERMINATING'),
    });
    expect.error(again, [stateCode('createLifecycleHook', 'hook-name-taken')], 'a duplicate name');
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

const scalingBusy = defineCheck({
  id: 'hook_change_while_scaling',
  title:
    'while a group holds instances, creating, updating and deleting its hooks get the spec code',
  async run(context, expect: Expectations) {
    await seedLaunching(context);
    await launchOne(expect, context);
    const attempts = [
      ['createLifecycleHook', { body: hook(context, 'contract-new', 'INSTANCE_TERMINATING') }],
      ['updateLifecycleHook', { hook: 'contract-launch', body: { default_timeout: 600 } }],
      ['deleteLifecycleHook', { hook: 'contract-launch' }],
    ] as const;
    for (const [operationId, options] of attempts) {
      const exchange = await call(context, operationId, options);
      expect.error(
        exchange,
        [stateCode(operationId, 'group-scaling')],
        `${operationId} while scaling`,
      );
    }
    const { exchange: listed, hooks } = await listHooks(expect, context);
    const kept = hooks.map((h) => `${h.lifecycle_hook_name} ${h.default_timeout}`);
    if (kept.join() !== 'contract-launch 3600') {
      expect.fail(
        listed,
        `refused changes must change nothing; the group lists ${kept.join(', ')}`,
      );
    }
  },
});

/** The checks that need a provider. */
export const statefulChecks: ContractCheck[] = [
  hookLifecycle,
  callbackSequence,
  callbackTarget,
  defaultAtTimeout,
  parallelCallbacks,
  hookLimit,
  duplicateName,
  scalingBusy,
];
