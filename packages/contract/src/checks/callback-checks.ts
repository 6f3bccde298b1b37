/**
 * The callback sequences that need a provider: an instance held, extended, continued, timed out;
 * targets by key and by instance; callbacks racing on one key.
 */
import { ContractSkip, ContractViolation } from '../contract-errors';
import { specLimits } from '../spec/spec-document';
import { needProvider } from './check';
import { defineCheck, type Expectations } from './define-check';
import { call } from './expect';
import { contractGroups, hook, scenario, seedLaunching, topicOf } from './scenario';
import { hanging, launchOne, main, seconds, stateOf } from './stateful-helpers';

const { extendSeconds } = specLimits();

export const callbackSequence = defineCheck({
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
    expect.state(
      again,
      'callbackLifecycleHook',
      'target-not-hanging',
      'a second callback on a released key',
    );
  },
});

export const callbackTarget = defineCheck({
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

export const defaultAtTimeout = defineCheck({
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

export const parallelCallbacks = defineCheck({
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
    for (const answer of answers.filter((a) => a.response.status !== 204)) {
      expect.state(
        answer,
        'callbackLifecycleHook',
        'target-not-hanging',
        'a losing parallel callback',
      );
    }
  },
});
