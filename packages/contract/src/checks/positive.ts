/**
 * positive_data_acceptance: valid generated requests are not refused. Writes need a provider (each
 * run seeds the state the request needs); reads run on a seeded group, or on the target's `groupId`.
 */
import type { LifecycleHook, OperationId } from '@as-lifecycle/types';
import fc from 'fast-check';
import { ContractSkip } from '../contract-errors';
import { unicodeText, validBody } from '../spec/body-arbitraries';
import { bodyOf } from '../spec/body-rules';
import { parameterDecision } from '../spec/decisions';
import { type CheckContext, type ContractCheck, needProvider, property } from './check';
import { defineCheck, type Expectations } from './define-check';
import { call } from './expect';
import { differences } from './same-json';
import { contractGroups, hook, scenario, seedLaunching } from './scenario';

const main = contractGroups.main;
/** "An unknown instance gives an empty list": our choice when the spec marks the filter so. */
const unknownInstance = parameterDecision('listHookInstances', 'instance_id');

/** A hook as a valid create body, its name any the spec allows. */
const generatedHook = (context: CheckContext) =>
  validBody('createLifecycleHook').map((body) => ({
    ...(body as { lifecycle_hook_name: string } & Record<string, unknown>),
    // A topic of the target's project: an implementation may refuse topics of others.
    notification_topic_urn: hook(context, 'x').notification_topic_urn,
  }));

/** Fields of the create body that the answered hook repeats as sent. */
const sentFields = (body: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(names.filter((n) => n in body).map((n) => [n, body[n]]));
const hookFields = bodyOf('createLifecycleHook').properties.map((p) => p.name);

const positive = (
  operationId: OperationId,
  run: (context: CheckContext, expect: Expectations) => Promise<void>,
): ContractCheck =>
  defineCheck({
    id: `positive_data_acceptance ${operationId}`,
    title: `${operationId} accepts valid generated requests and answers them as the spec documents`,
    run,
  });

/** A group to read: the seeded one, or the target's; a skip when there is neither. */
async function readableGroup(context: CheckContext, seed: () => Promise<void>): Promise<string> {
  if (context.provider) {
    await seed();
    return main;
  }
  if (context.groupId) return context.groupId;
  throw new ContractSkip(
    'needs a provider, or a groupId with the target, to read an existing group',
  );
}

/** The checks that valid requests succeed. */
export const positiveChecks: ContractCheck[] = [
  positive('createLifecycleHook', async (context, expect) => {
    const provider = needProvider(context, 'create hooks without touching real resources');
    await property(context, generatedHook(context), async (body) => {
      await provider.seed(scenario(context, []));
      const exchange = await call(context, 'createLifecycleHook', { group: main, body });
      expect.status(exchange, 200, 'a valid hook');
      const wrong = differences(sentFields(body, hookFields), exchange.response.body);
      if (wrong.length > 0)
        expect.fail(exchange, `the created hook differs from the request: ${wrong.join('; ')}`);
    });
  }),
  positive('updateLifecycleHook', async (context, expect) => {
    const provider = needProvider(context, 'update hooks without touching real resources');
    await property(
      context,
      fc.tuple(generatedHook(context), validBody('updateLifecycleHook')),
      async ([existing, change]) => {
        await provider.seed(scenario(context, [existing as never]));
        const name = existing.lifecycle_hook_name as string;
        const exchange = await call(context, 'updateLifecycleHook', {
          group: main,
          hook: name,
          body: change,
        });
        expect.status(exchange, 200, 'a valid update');
        const wrong = differences(sentFields(change, hookFields), exchange.response.body);
        if (wrong.length > 0)
          expect.fail(exchange, `the updated hook does not show the change: ${wrong.join('; ')}`);
      },
    );
  }),
  positive('deleteLifecycleHook', async (context, expect) => {
    const provider = needProvider(context, 'delete hooks without touching real resources');
    await property(context, generatedHook(context), async (existing) => {
      await provider.seed(scenario(context, [existing as never]));
      const exchange = await call(context, 'deleteLifecycleHook', {
        group: main,
        hook: existing.lifecycle_hook_name as string,
      });
      expect.status(exchange, 204, 'deleting a hook the group has');
    });
  }),
  positive('showLifecycleHook', async (context, expect) => {
    if (!context.provider) {
      // Read-only: show each hook the target's group lists.
      const group = await readableGroup(context, async () => {});
      const listed = await call(context, 'listLifecycleHooks', { group });
      expect.status(listed, 200, 'listing hooks');
      for (const listedHook of (listed.response.body as { lifecycle_hooks: LifecycleHook[] })
        .lifecycle_hooks) {
        const shown = await call(context, 'showLifecycleHook', {
          group,
          hook: listedHook.lifecycle_hook_name,
        });
        expect.status(shown, 200, `showing listed hook ${listedHook.lifecycle_hook_name}`);
      }
      return;
    }
    const provider = context.provider;
    await property(context, generatedHook(context), async (existing) => {
      await provider.seed(scenario(context, [existing as never]));
      const exchange = await call(context, 'showLifecycleHook', {
        group: main,
        hook: existing.lifecycle_hook_name as string,
      });
      expect.status(exchange, 200, 'showing a hook the group has');
      const wrong = differences(sentFields(existing, hookFields), exchange.response.body);
      if (wrong.length > 0)
        expect.fail(exchange, `the shown hook differs from the seeded one: ${wrong.join('; ')}`);
    });
  }),
  positive('listLifecycleHooks', async (context, expect) => {
    const group = await readableGroup(context, async () => {
      await context.provider?.seed(
        scenario(context, [
          hook(context, 'contract-a'),
          hook(context, 'contract-b', 'INSTANCE_TERMINATING'),
        ]),
      );
    });
    const exchange = await call(context, 'listLifecycleHooks', { group });
    expect.status(exchange, 200, 'listing hooks');
  }),
  positive('listHookInstances', async (context, expect) => {
    const group = await readableGroup(context, async () => {
      await seedLaunching(context);
      await context.provider?.scaleOut(context.sender.projectId, main, 2);
    });
    // Any instance id is a valid filter: one held, or text in any script.
    const held = context.provider
      ? (
          (await call(context, 'listHookInstances', { group })).response.body as {
            instance_hanging_info: { instance_id: string }[];
          }
        ).instance_hanging_info.map((r) => r.instance_id)
      : [];
    // Not the empty text: the spec does not say whether `?instance_id=` filters for nothing or
    // for an instance with an empty id.
    const text = unicodeText({ minLength: 1, maxLength: 40 });
    const filter = fc.option(held.length > 0 ? fc.oneof(fc.constantFrom(...held), text) : text, {
      freq: 4,
    });
    await property(context, filter, async (instanceId) => {
      const exchange = await call(context, 'listHookInstances', {
        group,
        ...(instanceId === null ? {} : { query: { instance_id: instanceId } }),
      });
      // A filter naming no held instance answers an empty list: the spec's choice, when it says so.
      expect.success(
        exchange,
        `listing hanging instances${instanceId === null ? '' : ` of ${JSON.stringify(instanceId)}`}`,
        instanceId === null || held.includes(instanceId) ? undefined : unknownInstance,
      );
      if (exchange.response.status < 200 || exchange.response.status > 299) return;
      const listed = (
        exchange.response.body as { instance_hanging_info: { instance_id: string }[] }
      ).instance_hanging_info;
      if (instanceId !== null && listed.some((r) => r.instance_id !== instanceId)) {
        expect.fail(
          exchange,
          `the instance_id filter ${JSON.stringify(instanceId)} let other instances through`,
        );
      }
    });
  }),
  positive('callbackLifecycleHook', async (context, expect) => {
    const provider = needProvider(context, 'launch instances into HANGING');
    await property(context, validBody('callbackLifecycleHook'), async (body) => {
      const name = await seedLaunching(context);
      const [held] = await provider.scaleOut(context.sender.projectId, main, 1);
      if (!held)
        throw new Error('the provider launched an instance but no hanging record came back');
      // The generated shape, aimed at the held instance.
      const aimed = { ...body };
      if ('lifecycle_action_key' in aimed) aimed.lifecycle_action_key = held.lifecycle_action_key;
      if ('instance_id' in aimed) aimed.instance_id = held.instance_id;
      if ('lifecycle_hook_name' in aimed) aimed.lifecycle_hook_name = name;
      const exchange = await call(context, 'callbackLifecycleHook', { group: main, body: aimed });
      expect.status(
        exchange,
        204,
        `a callback ${aimed.lifecycle_action_result} on a held instance`,
      );
      const after = await call(context, 'listHookInstances', {
        group: main,
        query: { instance_id: held.instance_id },
      });
      expect.status(after, 200, 'listing the instance after its callback');
      const still = (after.response.body as { instance_hanging_info: { timeout: string }[] })
        .instance_hanging_info;
      const extend = aimed.lifecycle_action_result === 'EXTEND';
      if (extend ? still[0]?.timeout === held.timeout || still.length !== 1 : still.length !== 0) {
        expect.fail(
          after,
          extend
            ? 'after EXTEND the instance must still be held, with a later timeout'
            : `after ${aimed.lifecycle_action_result} the instance must no longer be held`,
        );
      }
    });
  }),
];
