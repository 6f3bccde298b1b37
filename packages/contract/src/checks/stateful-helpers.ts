/** What the stateful checks share: reading hanging records and hooks, launching, instance states. */
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import { type CheckContext, needProvider } from './check';
import type { Expectations } from './define-check';
import { call } from './expect';
import { contractGroups } from './scenario';

export const main: string = contractGroups.main;

/** The hanging records of a group (or of one instance), through `listHookInstances`. */
export async function hanging(
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
export async function listHooks(expect: Expectations, context: CheckContext) {
  const exchange = await call(context, 'listLifecycleHooks');
  expect.status(exchange, 200, 'listing hooks');
  const hooks = (exchange.response.body as { lifecycle_hooks: LifecycleHook[] }).lifecycle_hooks;
  return { exchange, hooks };
}

/** Launches one instance into a group and answers its hanging record. */
export async function launchOne(
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
export async function stateOf(context: CheckContext, group: string, instanceId: string) {
  const provider = needProvider(context, 'read instance states');
  const instances = await provider.instances(context.sender.projectId, group);
  return instances.find((i) => i.instance_id === instanceId)?.lifecycle_state;
}

export const seconds = (instant: string) => Date.parse(instant) / 1000;
