/**
 * Generated requests to each operation of the mock, with what each must get: the seeded state
 * they meet (a group waiting on a hook, a quiet one, a full one), bodies valid or breaking rules
 * of the spec, path parameters in any script and encoding, and a reference that names the answer —
 * a success and its body, or the code the spec assigns to the rule broken (one of the codes, when
 * several rules are broken at once and the spec does not say which comes first).
 */

import type { Scenario } from '@as-lifecycle/msw';
import { ids, readmeScenario as scenario, topic } from '@as-lifecycle/test-kit';
import fc from 'fast-check';
import { expect } from 'vitest';
import { oneRuleBody, unicodeText, validBody } from '../../src/spec/body-arbitraries';
import { bodyOf, brokenRules, codeOfRule, type Rule } from '../../src/spec/body-rules';
import {
  blankText,
  encodedSegment,
  jsonMediaTypes,
  notJsonText,
  otherMediaTypes,
  pathText,
} from '../../src/spec/request-arbitraries';
import { model, type Node, operation, specLimits, stateErrors } from '../../src/spec/spec-document';

/** The virtual clock's start: every `create_time` in these requests. */
export const start = '2026-01-01T00:00:00Z';

// The state every request meets: a group waiting on a hook, a quiet one, and a full one.
export const groups = {
  busy: ids.group,
  few: '7d3c4e2a-91b0-4f5e-8a61-0c2f5b9e4d10',
  full: 'c0ffee00-1234-4abc-9def-000000000005',
} as const;
type GroupName = keyof typeof groups;
const quietHooks = [
  {
    lifecycle_hook_name: 'alpha',
    lifecycle_hook_type: 'INSTANCE_LAUNCHING',
    default_result: 'CONTINUE',
    default_timeout: 600,
    notification_topic_urn: topic,
    notification_metadata: 'drain first',
  },
  {
    lifecycle_hook_name: 'beta_2',
    lifecycle_hook_type: 'INSTANCE_TERMINATING',
    notification_topic_urn: `urn:smn:ap-southeast-1:${ids.project}:t`,
  },
] as const;
const fullHooks = ['h-1', 'h_2', 'H3', '4', 'hook-name-that-is-32-characters-'].map((name, i) => ({
  lifecycle_hook_name: name,
  lifecycle_hook_type: i % 2 ? 'INSTANCE_TERMINATING' : 'INSTANCE_LAUNCHING',
  notification_topic_urn: topic,
}));
const busyGroup = scenario.scaling_groups[0] as Scenario['scaling_groups'][number];
export const requestScenario = {
  project_id: ids.project,
  scaling_groups: [
    busyGroup,
    { scaling_group_id: groups.few, lifecycle_hooks: quietHooks },
    { scaling_group_id: groups.full, lifecycle_hooks: fullHooks },
  ],
} as Scenario;
const hooksOf: Record<GroupName, readonly Node[]> = {
  busy: busyGroup.lifecycle_hooks as readonly Node[],
  few: quietHooks,
  full: fullHooks,
};
const allHookNames = Object.values(hooksOf).flatMap((hooks) =>
  hooks.map((h) => h.lifecycle_hook_name as string),
);

/** The hook as the API answers it, from its create body: the spec's defaults fill the gaps. */
function answeredHook(body: Node, createTime: string): Node {
  const { properties } = bodyOf('createLifecycleHook');
  const urn = body.notification_topic_urn as string;
  return {
    notification_metadata: null,
    ...Object.fromEntries(
      properties.filter((p) => p.default !== undefined).map((p) => [p.name, p.default]),
    ),
    ...Object.fromEntries(
      properties.filter((p) => p.name in body).map((p) => [p.name, body[p.name]]),
    ),
    notification_topic_name: urn.slice(urn.lastIndexOf(':') + 1),
    create_time: createTime,
  };
}

/** The code `x-as-errors` gives a state error of an operation, found by its `id`. */
export function stateCode(operationId: string, id: string): string {
  const found = stateErrors(operationId).find((e) => e.id === id);
  if (!found) throw new Error(`${operationId} has no x-as-errors entry with id "${id}".`);
  return found.code;
}
const unknownGroup = (operationId: string) => stateCode(operationId, 'group-missing');
const unknownHook = (operationId: string) => stateCode(operationId, 'hook-missing');

/** What a request must get: success (with a check of its body), or one of some codes. */
export type Expected =
  | { status: number; check?: (body: unknown) => void }
  | { codes: string[]; exact: boolean };

/** A generated request, the rules it breaks, and what it must get. */
export interface Case {
  method: string;
  path: string;
  body?: { text: string; contentType: string | null };
  /** The rules the request breaks: `mediaType`, `empty`, `syntax`, `body.type`, `field.rule`, `group`, `hook`. */
  rules: string[];
  expected: Expected;
  what: string;
}

/** A body: its text and media type, the rules it breaks and their codes. */
interface BodyCase {
  text: string;
  contentType: string | null;
  /** The parsed body when it breaks no rule. */
  valid?: Record<string, unknown>;
  rules: string[];
  codes: string[];
  what: string;
}

const ruleKey = (rule: Rule) => `${rule.field ?? 'body'}.${rule.rule}`;

function bodyCases(operationId: string, overrides: Partial<Record<string, fc.Arbitrary<unknown>>>) {
  const codes = bodyOf(operationId).requestCodes as Record<
    'empty' | 'syntax' | 'mediaType',
    string
  >;
  /** A JSON value sent as JSON: the rules of the schema it breaks, found by the spec's schema. */
  const classify = (value: unknown, contentType: string, what: string): BodyCase => {
    const broken = brokenRules(operationId, value);
    return {
      text: JSON.stringify(value),
      contentType,
      ...(broken.length === 0 ? { valid: value as Record<string, unknown> } : {}),
      rules: broken.map(ruleKey),
      codes: broken.map((rule) => codeOfRule(operationId, rule)),
      what: `${what} ${JSON.stringify(value)?.slice(0, 200)}`,
    };
  };
  const request = (
    rule: 'empty' | 'syntax' | 'mediaType',
    text: string,
    contentType: string | null,
  ): BodyCase => ({
    text,
    contentType,
    rules: [rule],
    codes: [codes[rule]],
    what: `${rule} ${JSON.stringify(text).slice(0, 200)} as ${contentType}`,
  });
  const cases: fc.Arbitrary<BodyCase>[] = [
    fc
      .tuple(validBody(operationId, overrides), jsonMediaTypes)
      .map(([value, type]) => classify(value, type, 'valid')),
    fc
      .tuple(oneRuleBody(operationId, overrides), jsonMediaTypes)
      .map(([{ body }, type]) => classify(body, type, 'one rule')),
    fc.tuple(fc.jsonValue(), jsonMediaTypes).map(([value, type]) => classify(value, type, 'json')),
    fc.tuple(notJsonText, jsonMediaTypes).map(([text, type]) => request('syntax', text, type)),
    jsonMediaTypes.map((type) => request('empty', '', type)),
    // Blank text is an empty body, or JSON that does not parse: either code will do.
    fc.tuple(blankText, jsonMediaTypes).map(([text, type]) => ({
      ...request('empty', text, type),
      rules: ['empty', 'syntax'],
      codes: [codes.empty, codes.syntax],
    })),
    // Valid JSON sent as something else, or as nothing at all.
    fc
      .tuple(validBody(operationId, overrides), fc.option(otherMediaTypes, { freq: 5 }))
      .map(([value, type]) => request('mediaType', JSON.stringify(value), type)),
  ];
  return fc.oneof(
    { arbitrary: cases[0] as fc.Arbitrary<BodyCase>, weight: 4 },
    { arbitrary: cases[1] as fc.Arbitrary<BodyCase>, weight: 6 },
    ...cases.slice(2).map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

/** A group: one the mock has (under any encoding) or one it does not. */
const groupArbitrary = fc.oneof(
  { arbitrary: fc.constantFrom<GroupName>('busy', 'few', 'full'), weight: 4 },
  { arbitrary: pathText.filter((t) => !Object.values<string>(groups).includes(t)), weight: 1 },
);
const segmentFor = (text: string) => encodedSegment(text).map((segment) => ({ text, segment }));
const groupSegment = groupArbitrary.chain((group) =>
  segmentFor(Object.hasOwn(groups, group) ? groups[group as GroupName] : group).map((s) => ({
    ...s,
    known: Object.hasOwn(groups, group) ? (group as GroupName) : undefined,
  })),
);
const hookSegment = (known: GroupName | undefined) =>
  fc
    .oneof(
      {
        arbitrary: known
          ? fc.constantFrom(...hooksOf[known].map((h) => h.lifecycle_hook_name as string))
          : fc.constantFrom(...allHookNames),
        weight: 3,
      },
      { arbitrary: fc.constantFrom(...allHookNames), weight: 1 },
      { arbitrary: pathText, weight: 1 },
    )
    .chain(segmentFor);

/** An error: exactly the code of the one rule broken, or one of the codes of the rules broken. */
const errorExpected = (codes: string[]): Expected => ({
  codes: [...new Set(codes)],
  exact: new Set(codes).size === 1,
});

/** Requests to one operation, with what each must get in the seeded state. */
export function requests(operationId: string): fc.Arbitrary<Case> {
  const { method, path: template } = operation(operationId);
  const hasHook = template.includes('{lifecycle_hook_name}');
  const overrides: Partial<Record<string, fc.Arbitrary<unknown>>> =
    operationId === 'callbackLifecycleHook'
      ? {
          lifecycle_action_key: fc.oneof(
            fc.constant(ids.key),
            fc.uuid(),
            unicodeText({ minLength: 1 }),
          ),
          instance_id: fc.oneof(fc.constant(ids.instance), unicodeText({ minLength: 1 })),
          lifecycle_hook_name: fc.oneof(
            fc.constantFrom(...allHookNames),
            unicodeText({ minLength: 1 }),
          ),
        }
      : operationId === 'createLifecycleHook'
        ? { lifecycle_hook_name: fc.constantFrom(...allHookNames) }
        : {};
  // Built once: building arbitraries (their regular expressions) costs more than drawing from them.
  const bodies =
    operation(operationId).node.requestBody === undefined
      ? fc.constant(undefined)
      : fc.oneof(bodyCases(operationId, {}), bodyCases(operationId, overrides));
  return groupSegment.chain((group) =>
    fc
      .record({
        hook: hasHook ? hookSegment(group.known) : fc.constant(undefined),
        body: bodies,
        query:
          operationId === 'listHookInstances'
            ? fc.option(
                fc.tuple(
                  fc.oneof(fc.constant(ids.instance), unicodeText({ maxLength: 40 })),
                  fc.option(
                    fc.dictionary(unicodeText({ maxLength: 5 }), unicodeText({ maxLength: 5 }), {
                      maxKeys: 2,
                    }),
                  ),
                ),
              )
            : fc.constant(null),
      })
      .filter(({ hook }) => !(method === 'GET' && hook?.segment === 'list'))
      .map(({ hook, body, query }) => {
        let path = template
          .replace('{project_id}', ids.project)
          .replace('{scaling_group_id}', group.segment)
          .replace('{lifecycle_hook_name}', hook?.segment ?? '');
        const instanceId = query?.[0];
        if (query) {
          const params = new URLSearchParams(query[1] ?? {});
          params.delete('instance_id');
          params.append('instance_id', query[0]);
          path += `?${params}`;
        }
        const known = group.known ? hooksOf[group.known] : [];
        const rules = [
          ...(body?.rules ?? []),
          ...(group.known ? [] : ['group']),
          ...(group.known && hook && !known.some((h) => h.lifecycle_hook_name === hook.text)
            ? ['hook']
            : []),
        ];
        return {
          method,
          path,
          ...(body ? { body: { text: body.text, contentType: body.contentType } } : {}),
          rules,
          expected: reference(operationId, group.known, hook?.text, body, instanceId),
          what: `${method} ${path} ${body?.what ?? ''}`,
        };
      }),
  );
}

/** What the seeded state answers: the reference for one request. */
function reference(
  operationId: string,
  group: GroupName | undefined,
  hookName: string | undefined,
  body: BodyCase | undefined,
  instanceId: string | undefined,
): Expected {
  const broken: string[] = [...(body?.codes ?? [])];
  if (!group) return errorExpected([...broken, unknownGroup(operationId)]);
  const hooks = hooksOf[group];
  const hook = hooks.find((h) => h.lifecycle_hook_name === hookName);
  if (hookName !== undefined && !hook) broken.push(unknownHook(operationId));
  if (broken.length > 0) return errorExpected(broken);
  const scaling = group === 'busy';
  const value = body?.valid ?? {};
  // The spec says which hook changes a scaling group refuses (delete only, as the provider documents).
  const refusesWhileScaling = stateErrors(operationId).some((e) => e.id === 'group-scaling');
  const refused = () =>
    scaling && refusesWhileScaling ? [stateCode(operationId, 'group-scaling')] : [];
  switch (operationId) {
    case 'callbackLifecycleHook': {
      const hit =
        group === 'busy' &&
        ('lifecycle_action_key' in value
          ? value.lifecycle_action_key === ids.key
          : value.instance_id === ids.instance && value.lifecycle_hook_name === 'hook-launch');
      return hit ? { status: 204 } : errorExpected([stateCode(operationId, 'target-not-hanging')]);
    }
    case 'listHookInstances': {
      const held =
        group === 'busy' && (instanceId === undefined || instanceId === ids.instance)
          ? [
              {
                instance_id: ids.instance,
                scaling_group_id: ids.group,
                lifecycle_hook_name: 'hook-launch',
                lifecycle_action_key: ids.key,
                lifecycle_hook_status: 'HANGING',
                timeout: '2026-01-01T01:00:00Z',
                default_result: 'ABANDON',
              },
            ]
          : [];
      return { status: 200, check: (b) => expect(b).toEqual({ instance_hanging_info: held }) };
    }
    case 'createLifecycleHook': {
      const codes = [
        ...refused(),
        ...(hooks.some((h) => h.lifecycle_hook_name === value.lifecycle_hook_name)
          ? [stateCode(operationId, 'hook-name-taken')]
          : []),
        ...(hooks.length >= specLimits().maxHooksPerGroup
          ? [stateCode(operationId, 'hook-limit')]
          : []),
      ];
      if (codes.length > 0) return errorExpected(codes);
      return { status: 200, check: (b) => expect(b).toEqual(answeredHook(value, start)) };
    }
    case 'listLifecycleHooks':
      return {
        status: 200,
        check: (b) =>
          expect(b).toEqual({ lifecycle_hooks: hooks.map((h) => answeredHook(h, start)) }),
      };
    case 'showLifecycleHook':
      return { status: 200, check: (b) => expect(b).toEqual(answeredHook(hook as Node, start)) };
    case 'updateLifecycleHook': {
      if (refused().length > 0) return errorExpected(refused());
      const updated = answeredHook({ ...(hook as Node), ...pick(value, hookFields) }, start);
      return { status: 200, check: (b) => expect(b).toEqual(updated) };
    }
    case 'deleteLifecycleHook':
      return refused().length > 0 ? errorExpected(refused()) : { status: 204 };
  }
  throw new Error(`No reference for ${operationId}.`);
}

const hookFields = bodyOf('updateLifecycleHook').properties.map((p) => p.name);
const pick = (value: Record<string, unknown>, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => f in value).map((f) => [f, value[f]]));

/** The codes a security scheme's failures get: missing, invalid, another project. */
export type SecurityCodes = Record<'missing' | 'invalid' | 'projectMismatch', string>;

/**
 * The codes a security scheme's failures get from the mock by default: the gateway's where the spec
 * lists one (`x-as-gateway-errors`, e.g. a missing token), else the service's (`x-as-error-codes`).
 */
export function securityCodes(scheme: string): SecurityCodes {
  const gateway = model.gatewayErrors[scheme] ?? {};
  return {
    ...(model.securityErrorCodes[scheme] as SecurityCodes),
    ...Object.fromEntries(Object.entries(gateway).map(([failure, { code }]) => [failure, code])),
  };
}
