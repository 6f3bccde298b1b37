/**
 * A reference model of one scaling group's lifecycle, written from the spec and the reference
 * (not from the mock): hooks, instances, hanging records, the clock. And fast-check commands that
 * drive the mock and the model side by side — scale out and in, callbacks (by key, by instance and
 * hook, both, in parallel), the clock, hook changes — comparing the two after every step.
 */

import type { LifecycleMock } from '@as-lifecycle/msw';
import fc from 'fast-check';
import { expect } from 'vitest';
import { conformance } from '../../src/spec/read-response';
import { catalogue, stateErrors } from '../../src/spec/spec-document';

type HookType = 'INSTANCE_LAUNCHING' | 'INSTANCE_TERMINATING';
type Result = 'CONTINUE' | 'ABANDON';

export interface ModelHook {
  lifecycle_hook_name: string;
  lifecycle_hook_type: HookType;
  default_result: Result;
  default_timeout: number;
}

interface ModelRecord {
  key: string;
  instance: string;
  hook: string;
  status: 'HANGING' | Result;
  /** Milliseconds since the epoch. */
  timeout: number;
  defaultResult: Result;
  /** Still listed: its instance's transition has not ended. */
  listed: boolean;
}

interface ModelInstance {
  id: string;
  state: 'PENDING_WAIT' | 'INSERVICE' | 'REMOVING_WAIT' | 'REMOVED';
  /** The records of its current transition. */
  records: ModelRecord[];
}

export interface Model {
  now: number;
  hooks: ModelHook[];
  instances: ModelInstance[];
  /** Every record ever made, listed or not, so that callbacks can aim at old ones. */
  records: ModelRecord[];
}

export interface Real {
  mock: LifecycleMock;
  /** `https://…/autoscaling-api/v1/{project}` */
  base: string;
  group: string;
}

/** One hour: what EXTEND adds, exactly. */
const EXTEND_MS = 3600 * 1000;
const callbackId = 'callbackLifecycleHook';
const notHanging = () =>
  stateErrors(callbackId).find((e) => e.id === 'target-not-hanging')?.code as string;
/** The code the spec gives a hook change while the group scales, or undefined when it is accepted. */
const scalingCode = (operationId: string) =>
  stateErrors(operationId).find((e) => e.id === 'group-scaling')?.code;

const instant = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const isWaiting = (i: ModelInstance) => i.state === 'PENDING_WAIT' || i.state === 'REMOVING_WAIT';
const scaling = (m: Model) => m.instances.some(isWaiting);

/** Holds an instance under every hook of a type; answers whether any did. */
function hold(m: Model, instance: ModelInstance, type: HookType, keys: string[]): boolean {
  instance.records = m.hooks
    .filter((h) => h.lifecycle_hook_type === type)
    .map((h, i) => ({
      key: keys[i] as string,
      instance: instance.id,
      hook: h.lifecycle_hook_name,
      status: 'HANGING' as const,
      timeout: m.now + h.default_timeout * 1000,
      defaultResult: h.default_result,
      listed: true,
    }));
  m.records.push(...instance.records);
  return instance.records.length > 0;
}

/**
 * A result on a HANGING record. EXTEND: the timeout moves exactly one hour, still HANGING.
 * CONTINUE/ABANDON: resolved; the transition ends at the first ABANDON (a launching instance is
 * terminated, a terminating one skips its other hooks) or when no record of it is HANGING.
 */
function apply(m: Model, record: ModelRecord, result: Result | 'EXTEND'): void {
  if (result === 'EXTEND') {
    record.timeout += EXTEND_MS;
    return;
  }
  record.status = result;
  const instance = m.instances.find((i) => i.id === record.instance) as ModelInstance;
  const abandoned = instance.records.some((r) => r.status === 'ABANDON');
  if (!abandoned && instance.records.some((r) => r.status === 'HANGING')) return;
  for (const r of instance.records) {
    if (r.status === 'HANGING') r.status = 'ABANDON';
    r.listed = false;
  }
  instance.records = [];
  instance.state = instance.state === 'PENDING_WAIT' && !abandoned ? 'INSERVICE' : 'REMOVED';
}

/** Moves the clock, applying each due default result once, earliest first; answers how many. */
function advance(m: Model, ms: number): number {
  m.now += ms;
  for (let applied = 0; ; applied++) {
    const due = m.records
      .filter((r) => r.listed && r.status === 'HANGING' && r.timeout <= m.now)
      .sort((a, b) => a.timeout - b.timeout)[0];
    if (!due) return applied;
    apply(m, due, due.defaultResult);
  }
}

/** The HANGING record a callback names: the key wins over the instance id and hook name. */
function target(m: Model, body: Record<string, string>): ModelRecord | undefined {
  const found =
    body.lifecycle_action_key !== undefined
      ? m.records.find((r) => r.key === body.lifecycle_action_key)
      : m.records.find(
          (r) =>
            r.listed &&
            r.status === 'HANGING' &&
            r.instance === body.instance_id &&
            r.hook === body.lifecycle_hook_name,
        );
  return found?.listed && found.status === 'HANGING' ? found : undefined;
}

async function request(
  real: Real,
  operationId: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await real.mock.fetch(`${real.base}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  const checked = await conformance(operationId, response);
  expect(checked.problems).toEqual([]);
  expect(checked.status).toBeLessThan(500);
  if (checked.code !== undefined) expect(checked.status).toBe(catalogue(checked.code).status);
  return checked;
}

/** The mock's state against the model's: the clock, the hanging list, the instances. */
export async function compare(m: Model, real: Real): Promise<void> {
  const listed = await request(
    real,
    'listHookInstances',
    'GET',
    `/scaling_instance_hook/${real.group}/list`,
  );
  const byKey = (a: { lifecycle_action_key: string }, b: { lifecycle_action_key: string }) =>
    a.lifecycle_action_key < b.lifecycle_action_key ? -1 : 1;
  expect(
    [
      ...(listed.body as { instance_hanging_info: { lifecycle_action_key: string }[] })
        .instance_hanging_info,
    ].sort(byKey),
  ).toEqual(
    m.records
      .filter((r) => r.listed)
      .map((r) => ({
        instance_id: r.instance,
        scaling_group_id: real.group,
        lifecycle_hook_name: r.hook,
        lifecycle_action_key: r.key,
        lifecycle_hook_status: r.status,
        timeout: instant(r.timeout),
        default_result: r.defaultResult,
      }))
      .sort(byKey),
  );
  const snapshot = real.mock.snapshot();
  expect(snapshot.now).toBe(instant(m.now));
  const group = snapshot.projects[0]?.scaling_groups.find((g) => g.scaling_group_id === real.group);
  const byId = (a: { instance_id: string }, b: { instance_id: string }) =>
    a.instance_id < b.instance_id ? -1 : 1;
  expect([...(group?.instances ?? [])].sort(byId)).toEqual(
    m.instances
      .filter((i) => i.state !== 'REMOVED')
      .map((i) => ({ instance_id: i.id, lifecycle_state: i.state }))
      .sort(byId),
  );
  expect(group?.scaling).toBe(scaling(m));
}

/** How often each interesting thing happened, to prove the run was not vacuous. */
export const seen = {
  commands: 0,
  extended: 0,
  resolved: 0,
  refusedNotHanging: 0,
  races: 0,
  defaultsApplied: 0,
  keyWon: 0,
  scaledIn: 0,
  hookUpdates: 0,
  /** Updates sent while instances wait: refused or applied, as the spec says. */
  hookChangesWhileScaling: 0,
};

type Cmd = fc.AsyncCommand<Model, Real, false>;

class ScaleOut implements Cmd {
  constructor(readonly count: number) {}
  check = () => true;
  async run(m: Model, real: Real) {
    const result = real.mock.scaleOut(real.group, this.count);
    seen.commands += 1;
    expect(result.instances).toHaveLength(this.count);
    const launching = m.hooks.filter((h) => h.lifecycle_hook_type === 'INSTANCE_LAUNCHING');
    for (const { instance_id, lifecycle_state } of result.instances) {
      const held = result.instance_hanging_info.filter((r) => r.instance_id === instance_id);
      const instance: ModelInstance = { id: instance_id, state: 'INSERVICE', records: [] };
      m.instances.push(instance);
      if (
        hold(
          m,
          instance,
          'INSTANCE_LAUNCHING',
          held.map((r) => r.lifecycle_action_key),
        )
      ) {
        instance.state = 'PENDING_WAIT';
      }
      expect(lifecycle_state).toBe(instance.state);
      expect(held.map((r) => r.lifecycle_hook_name)).toEqual(
        launching.map((h) => h.lifecycle_hook_name),
      );
      expect(held.map((r) => [r.timeout, r.default_result, r.lifecycle_hook_status])).toEqual(
        instance.records.map((r) => [instant(r.timeout), r.defaultResult, 'HANGING']),
      );
    }
    await compare(m, real);
  }
  toString = () => `scaleOut(${this.count})`;
}

class ScaleIn implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.instances.length > 0;
  async run(m: Model, real: Real) {
    const instance = m.instances[this.pick % m.instances.length] as ModelInstance;
    if (instance.state !== 'INSERVICE') {
      expect(() => real.mock.scaleIn(real.group, [instance.id])).toThrow(/not in service/);
      return;
    }
    const result = real.mock.scaleIn(real.group, [instance.id]);
    seen.commands += 1;
    seen.scaledIn += 1;
    const held = result.instance_hanging_info;
    instance.state = hold(
      m,
      instance,
      'INSTANCE_TERMINATING',
      held.map((r) => r.lifecycle_action_key),
    )
      ? 'REMOVING_WAIT'
      : 'REMOVED';
    expect(result.instances).toEqual([
      { instance_id: instance.id, lifecycle_state: instance.state },
    ]);
    expect(held.map((r) => [r.lifecycle_hook_name, r.timeout])).toEqual(
      instance.records.map((r) => [r.hook, instant(r.timeout)]),
    );
    await compare(m, real);
  }
  toString = () => `scaleIn(#${this.pick})`;
}

type Aim = 'key' | 'instance' | 'both';

/** The records a callback may aim at: the HANGING ones, or any ever made. */
const aimable = (m: Model, live: boolean) =>
  live ? m.records.filter((r) => r.listed && r.status === 'HANGING') : m.records;

/** A callback body aimed at a record (or at nothing that exists). */
function aim(
  m: Model,
  pick: number,
  how: Aim,
  other: number,
  live = false,
): Record<string, string> {
  const records = aimable(m, live);
  const record = records[pick % Math.max(records.length, 1)];
  const decoy = m.records[other % Math.max(m.records.length, 1)];
  const key = record?.key ?? 'no-such-key';
  const byInstance = {
    instance_id: (how === 'both' ? decoy : record)?.instance ?? 'no-such-instance',
    lifecycle_hook_name: (how === 'both' ? decoy : record)?.hook ?? 'no-such-hook',
  };
  if (how === 'key') return { lifecycle_action_key: key };
  if (how === 'instance') return byInstance;
  return { lifecycle_action_key: key, ...byInstance };
}

class Callback implements Cmd {
  constructor(
    readonly live: boolean,
    readonly pick: number,
    readonly how: Aim,
    readonly other: number,
    readonly result: Result | 'EXTEND',
  ) {}
  check = () => true;
  async run(m: Model, real: Real) {
    const body = aim(m, this.pick, this.how, this.other, this.live);
    const record = target(m, body);
    const before = record?.timeout;
    const answer = await request(
      real,
      callbackId,
      'PUT',
      `/scaling_instance_hook/${real.group}/callback`,
      { ...body, lifecycle_action_result: this.result },
    );
    seen.commands += 1;
    if (!record) {
      expect(answer.code).toBe(notHanging());
      seen.refusedNotHanging += 1;
    } else {
      expect(answer.status).toBe(204);
      apply(m, record, this.result);
      seen[this.result === 'EXTEND' ? 'extended' : 'resolved'] += 1;
      if (this.how === 'both' && record.instance !== body.instance_id) seen.keyWon += 1;
      if (this.result === 'EXTEND') expect(record.timeout - (before as number)).toBe(3600_000);
    }
    await compare(m, real);
  }
  toString = () =>
    `callback(${this.live ? 'hanging' : 'any'} #${this.pick} by ${this.how}/#${this.other}, ${this.result})`;
}

/** N callbacks on one target at once: exactly one succeeds when it is HANGING, none otherwise. */
class Parallel implements Cmd {
  constructor(
    readonly pick: number,
    readonly calls: { how: 'key' | 'instance'; result: Result }[],
  ) {}
  check = (m: Readonly<Model>) => aimable(m as Model, true).length > 0;
  async run(m: Model, real: Real) {
    const bodies = this.calls.map(({ how, result }) => ({
      ...aim(m, this.pick, how, this.pick, true),
      lifecycle_action_result: result,
    }));
    const record = target(m, bodies[0] as Record<string, string>);
    const answers = await Promise.all(
      bodies.map((body) =>
        request(real, callbackId, 'PUT', `/scaling_instance_hook/${real.group}/callback`, body),
      ),
    );
    const won = answers.flatMap((a, i) => (a.status === 204 ? [i] : []));
    expect(won).toHaveLength(record ? 1 : 0);
    expect(answers.filter((a) => a.status !== 204).map((a) => a.code)).toEqual(
      Array(answers.length - won.length).fill(notHanging()),
    );
    seen.commands += 1;
    if (record) {
      apply(m, record, (this.calls[won[0] as number] as { result: Result }).result);
      seen.races += 1;
    }
    await compare(m, real);
  }
  toString = () =>
    `parallel(#${this.pick}, ${this.calls.map((c) => `${c.how}:${c.result}`).join(' ')})`;
}

/** Moves the clock: by some seconds, or to just before, at or after the next timeout. */
class Advance implements Cmd {
  constructor(readonly seconds: number | { next: -1 | 0 | 1 }) {}
  check = () => true;
  async run(m: Model, real: Real) {
    let seconds: number;
    if (typeof this.seconds === 'number') {
      seconds = this.seconds;
    } else {
      const next = Math.min(
        ...m.records.filter((r) => r.listed && r.status === 'HANGING').map((r) => r.timeout),
      );
      seconds = Number.isFinite(next) ? Math.max(0, (next - m.now) / 1000 + this.seconds.next) : 1;
    }
    real.mock.clock.advance(seconds);
    seen.commands += 1;
    seen.defaultsApplied += advance(m, seconds * 1000);
    await compare(m, real);
  }
  toString = () => `advance(${JSON.stringify(this.seconds)})`;
}

/** Changes a hook's defaults: refused while an instance waits; later holds use the new ones. */
class UpdateHook implements Cmd {
  constructor(
    readonly pick: number,
    readonly change: { default_result?: Result; default_timeout?: number },
  ) {}
  check = (m: Readonly<Model>) => m.hooks.length > 0;
  async run(m: Model, real: Real) {
    const hook = m.hooks[this.pick % m.hooks.length] as ModelHook;
    const answer = await request(
      real,
      'updateLifecycleHook',
      'PUT',
      `/scaling_lifecycle_hook/${real.group}/${hook.lifecycle_hook_name}`,
      this.change,
    );
    seen.commands += 1;
    const refusal = scalingCode('updateLifecycleHook');
    if (scaling(m)) seen.hookChangesWhileScaling += 1;
    if (scaling(m) && refusal !== undefined) {
      expect(answer.code).toBe(refusal);
    } else {
      seen.hookUpdates += 1;
      Object.assign(hook, this.change);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject(hook);
    }
    await compare(m, real);
  }
  toString = () => `updateHook(#${this.pick}, ${JSON.stringify(this.change)})`;
}

const results = fc.constantFrom<Result>('CONTINUE', 'ABANDON');
const timeouts = fc.oneof(
  fc.constantFrom(60, 61, 3599, 3600, 86400),
  fc.integer({ min: 60, max: 86400 }),
);

/** The hooks a run starts with: up to two of each type. */
export const hookSets = fc
  .tuple(
    fc.array(fc.tuple(results, timeouts), { maxLength: 2 }),
    fc.array(fc.tuple(results, timeouts), { maxLength: 2 }),
  )
  .map(([launching, terminating]) => [
    ...launching.map(([r, t], i) => ({
      lifecycle_hook_name: `launch-${i}`,
      lifecycle_hook_type: 'INSTANCE_LAUNCHING' as const,
      default_result: r,
      default_timeout: t,
    })),
    ...terminating.map(([r, t], i) => ({
      lifecycle_hook_name: `terminate_${i}`,
      lifecycle_hook_type: 'INSTANCE_TERMINATING' as const,
      default_result: r,
      default_timeout: t,
    })),
  ]);

/** The commands, weighted towards callbacks and the clock. */
export const lifecycleCommands = fc.commands(
  [
    fc.integer({ min: 1, max: 3 }).map((n) => new ScaleOut(n)),
    fc.nat().map((n) => new ScaleIn(n)),
    fc
      .tuple(
        fc.boolean(),
        fc.nat(),
        fc.constantFrom<Aim>('key', 'instance', 'both'),
        fc.nat(),
        fc.constantFrom<Result | 'EXTEND'>('CONTINUE', 'ABANDON', 'EXTEND'),
      )
      .map(([live, pick, how, other, result]) => new Callback(live, pick, how, other, result)),
    fc.nat().map((pick) => new Callback(true, pick, 'key', 0, 'EXTEND')),
    fc
      .tuple(
        fc.nat(),
        fc.array(
          fc.record({
            how: fc.constantFrom<'key' | 'instance'>('key', 'instance'),
            result: results,
          }),
          { minLength: 2, maxLength: 8 },
        ),
      )
      .map(([pick, calls]) => new Parallel(pick, calls)),
    fc
      .oneof(
        fc.constantFrom(0, 1, 59, 60, 3599, 3600, 3601, 86400),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom(-1, 0, 1).map((next) => ({ next: next as -1 | 0 | 1 })),
      )
      .map((seconds) => new Advance(seconds)),
    fc
      .tuple(
        fc.nat(),
        fc.record({ default_result: results, default_timeout: timeouts }, { requiredKeys: [] }),
      )
      .map(([pick, change]) => new UpdateHook(pick, change)),
  ],
  { maxCommands: 40, size: 'max' },
);
