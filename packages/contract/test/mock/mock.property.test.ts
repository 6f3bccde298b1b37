/**
 * Property-based tests of the mock through `mock.fetch`: thousands of generated requests per
 * operation (valid ones, ones breaking exactly one rule of the spec, random JSON, raw text, other
 * media types, unknown groups and hooks, any text in path parameters), and a model-based run of the
 * lifecycle (scale out and in, callbacks, the clock) against a reference model.
 *
 * Expected codes come from the spec at test time (`x-as-error-codes`, `x-as-errors`, the
 * security schemes), never from a table here. Seeds are fixed; set FC_SEED to explore others.
 */

import { createLifecycleMock } from '@as-lifecycle/msw';
import { sign } from '@as-lifecycle/signer';
import { base, ids, topic } from '@as-lifecycle/test-kit';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { bodyRuleKeys } from '../../src/spec/body-rules';
import { documentedStatuses } from '../../src/spec/check-response';
import { type CheckedResponse, conformance } from '../../src/spec/read-response';
import {
  catalogue,
  matchesMessage,
  operation,
  operations,
  stateErrors,
} from '../../src/spec/spec-document';
import { hookSets, lifecycleCommands, type Model, seen } from './lifecycle-model';
import {
  type Case,
  groups,
  requestScenario,
  requests,
  securityCodes,
  start,
} from './request-cases';

const seed = Number(process.env.FC_SEED ?? 20260101);
const numRuns = Number(process.env.FC_RUNS ?? 2000);
const modelRuns = Number(process.env.FC_MODEL_RUNS ?? 300);
const { origin } = new URL(base);

/** Sends a case through the mock and checks the answer: never 5xx, conformant, as expected. */
async function run(
  mock: ReturnType<typeof createLifecycleMock>,
  operationId: string,
  c: Case,
): Promise<CheckedResponse> {
  const headers: Record<string, string> = {};
  if (c.body?.contentType) headers['content-type'] = c.body.contentType;
  const init: RequestInit = { method: c.method, headers };
  if (c.body) {
    // A Blob without a type sends a body with no Content-Type at all.
    init.body = c.body.contentType === null ? new Blob([c.body.text]) : c.body.text;
  }
  const checked = await conformance(operationId, await mock.fetch(`${origin}${c.path}`, init));
  expect(checked.status, c.what).toBeLessThan(500);
  expect(checked.problems, c.what).toEqual([]);
  const { expected } = c;
  if ('codes' in expected) {
    if (expected.exact) expect(checked.code, c.what).toBe(expected.codes[0]);
    else expect(expected.codes, c.what).toContain(checked.code);
    const entry = catalogue(checked.code as string);
    const message = (checked.body as { error?: { message?: string } }).error?.message ?? '';
    expect(checked.status, c.what).toBe(entry.status);
    expect(
      matchesMessage(entry, message),
      `${c.what}: "${message}" is the catalogue's message, filled`,
    ).toBe(true);
  } else {
    expect([checked.status, checked.code], c.what).toEqual([expected.status, undefined]);
    expected.check?.(checked.body);
  }
  return checked;
}

/** The rules of an operation the generated requests must each break alone at least once. */
const specRules = (operationId: string) => {
  const { node, path } = operation(operationId);
  return [
    'group',
    ...(path.includes('{lifecycle_hook_name}') ? ['hook'] : []),
    ...(node.requestBody ? bodyRuleKeys(operationId) : []),
  ];
};

test.each(operations.map(({ operationId }, index) => [operationId, seed + index] as const))(
  '%s (seed %i): generated requests never get a 5xx, conform, and get the code the spec assigns',
  async (operationId, runSeed) => {
    const mock = createLifecycleMock({ scenario: requestScenario, clock: { start } });
    const alone = new Set<string>();
    const answered = new Set<string>();
    await fc.assert(
      fc.asyncProperty(requests(operationId), async (c) => {
        mock.reset();
        const checked = await run(mock, operationId, c);
        if (c.rules.length === 1) alone.add(c.rules[0] as string);
        answered.add(checked.code ?? String(checked.status));
      }),
      { seed: runSeed, numRuns },
    );
    // Every rule was broken alone, every state error and every success was answered.
    expect(specRules(operationId).filter((rule) => !alone.has(rule))).toEqual([]);
    const outcomes = [
      ...stateErrors(operationId).map((e) => e.code),
      ...documentedStatuses(operationId).filter((status) => status.startsWith('2')),
    ];
    expect(outcomes.filter((outcome) => !answered.has(outcome))).toEqual([]);
  },
  60_000,
);

test('model-based: scale out and in, callbacks (by key, instance and hook, both, in parallel), the clock, hook changes', async () => {
  const group = 'model-group';
  for (const key of Object.keys(seen)) seen[key as keyof typeof seen] = 0;
  await fc.assert(
    fc.asyncProperty(hookSets, lifecycleCommands, async (hooks, commands) => {
      const mock = createLifecycleMock({
        clock: { start },
        scenario: {
          project_id: ids.project,
          scaling_groups: [
            {
              scaling_group_id: group,
              lifecycle_hooks: hooks.map((h) => ({ ...h, notification_topic_urn: topic })),
            },
          ],
        },
      });
      const model: Model = {
        now: Date.parse(start),
        hooks: hooks.map((h) => ({ ...h })),
        instances: [],
        records: [],
      };
      await fc.asyncModelRun(() => ({ model, real: { mock, base, group } }), commands);
    }),
    { seed: seed + operations.length, numRuns: modelRuns },
  );
  // Each behaviour happened often enough for the run to mean something.
  expect(Object.entries(seen).filter(([, count]) => count < 20)).toEqual([]);
}, 60_000);

/** A request of each operation that succeeds in the seeded state: auth is the only rule it may break. */
const validRequest = (operationId: string) => {
  const { method, path } = operation(operationId);
  const body =
    operationId === 'callbackLifecycleHook'
      ? { lifecycle_action_key: ids.key, lifecycle_action_result: 'CONTINUE' }
      : operationId === 'createLifecycleHook'
        ? {
            lifecycle_hook_name: 'new-hook',
            lifecycle_hook_type: 'INSTANCE_LAUNCHING',
            notification_topic_urn: topic,
          }
        : operationId === 'updateLifecycleHook'
          ? { default_timeout: 120 }
          : undefined;
  const url = `${origin}${path
    .replace('{project_id}', ids.project)
    .replace(
      '{scaling_group_id}',
      operationId === 'callbackLifecycleHook' ? groups.busy : groups.few,
    )
    .replace('{lifecycle_hook_name}', 'alpha')}`;
  return { method, url, body: body === undefined ? undefined : JSON.stringify(body) };
};
const operationArbitrary = fc.constantFrom(...operations.map((o) => o.operationId));
/** Header text: printable ASCII (what every client can send). */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

test('auth with tokens: any X-Auth-Token gets the code the spec assigns, and conforms', async () => {
  const codes = securityCodes('iamToken');
  const tokens = { good: ids.project, elsewhere: 'another-project' };
  const mock = createLifecycleMock({
    scenario: requestScenario,
    clock: { start },
    auth: { tokens },
  });
  await fc.assert(
    fc.asyncProperty(
      operationArbitrary,
      fc.option(
        fc.oneof(
          fc.constantFrom('good', ' good', 'elsewhere', '', 'GOOD', 'constructor'),
          headerText,
        ),
      ),
      async (operationId, token) => {
        mock.reset();
        const { method, url, body } = validRequest(operationId);
        const headers: Record<string, string> =
          body === undefined ? {} : { 'content-type': 'application/json' };
        if (token !== null) headers['x-auth-token'] = token;
        const checked = await conformance(
          operationId,
          await mock.fetch(url, { method, headers, ...(body ? { body } : {}) }),
        );
        expect(checked.problems).toEqual([]);
        // Header values lose their surrounding whitespace on the way.
        const sent = token?.trim();
        const project =
          sent !== undefined && Object.hasOwn(tokens, sent)
            ? tokens[sent as keyof typeof tokens]
            : undefined;
        const expected = !sent
          ? codes.missing
          : project === undefined
            ? codes.invalid
            : project === ids.project
              ? undefined
              : codes.projectMismatch;
        if (expected === undefined) {
          expect(checked.status).toBeLessThan(300);
        } else {
          expect([checked.status, checked.code]).toEqual([catalogue(expected).status, expected]);
        }
      },
    ),
    { seed: seed + operations.length + 1, numRuns: 1000 },
  );
}, 60_000);

test('auth with AK/SK: signed requests pass; forged, tampered, stale or unsigned ones get the gateway code', async () => {
  const codes = securityCodes('akskSignature');
  const keys = {
    AKMOCK: { secretKey: 'SK-mock-secret', projectId: ids.project },
    AKOTHER: { secretKey: 'SK-other', projectId: 'another-project' },
  };
  const mock = createLifecycleMock({ scenario: requestScenario, clock: { start }, auth: { keys } });
  type Spoil =
    | 'none'
    | 'secret'
    | 'signature'
    | 'access'
    | 'body'
    | 'query'
    | 'date'
    | 'garbage'
    | 'unsigned'
    | 'other';
  await fc.assert(
    fc.asyncProperty(
      operationArbitrary,
      fc.constantFrom<Spoil>(
        'none',
        'secret',
        'signature',
        'access',
        'body',
        'query',
        'date',
        'garbage',
        'unsigned',
        'other',
      ),
      // Clock skew: within 15 minutes passes, beyond it is refused.
      fc.oneof(
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc
          .tuple(fc.integer({ min: 16 * 60, max: 10 ** 6 }), fc.boolean())
          .map(([s, past]) => (past ? -s : s)),
      ),
      headerText,
      fc.nat(),
      async (operationId, spoil, skew, garbage, at) => {
        mock.reset();
        const { method, url, body } = validRequest(operationId);
        const contentType: Record<string, string> =
          body === undefined ? {} : { 'content-type': 'application/json' };
        const [accessKey, secretKey] =
          spoil === 'other'
            ? ['AKOTHER', 'SK-other']
            : ['AKMOCK', spoil === 'secret' ? 'SK-wrong' : 'SK-mock-secret'];
        const added = await sign(
          { method, url, headers: contentType, ...(body === undefined ? {} : { body }) },
          {
            credentials: { accessKey, secretKey },
            date: new Date(
              Date.now() +
                (spoil === 'date' ? skew : Math.sign(skew) * Math.min(Math.abs(skew), 14 * 60)) *
                  1000,
            ),
          },
        );
        const headers: Record<string, string> = { ...contentType, ...added };
        const authorization = added.Authorization as string;
        if (spoil === 'signature') {
          const i = authorization.length - 1 - (at % 64);
          const flipped = authorization[i] === '0' ? '1' : '0';
          headers.Authorization = authorization.slice(0, i) + flipped + authorization.slice(i + 1);
        }
        if (spoil === 'access')
          headers.Authorization = authorization.replace('Access=AKMOCK', 'Access=AKNOBODY');
        if (spoil === 'garbage') headers.Authorization = garbage.trim() === '' ? 'x' : garbage;
        if (spoil === 'unsigned') delete headers.Authorization;
        const sentBody = spoil === 'body' && body !== undefined ? `${body} ` : body;
        const sentUrl = spoil === 'query' ? `${url}?signed=no` : url;
        const checked = await conformance(
          operationId,
          await mock.fetch(sentUrl, {
            method,
            headers,
            ...(sentBody === undefined ? {} : { body: sentBody }),
          }),
        );
        expect(checked.problems).toEqual([]);
        const stale = spoil === 'date' && Math.abs(skew) > 15 * 60;
        const passes =
          spoil === 'none' ||
          (spoil === 'date' && !stale) ||
          (spoil === 'body' && body === undefined);
        const expected = passes
          ? undefined
          : spoil === 'unsigned'
            ? codes.missing
            : spoil === 'other'
              ? codes.projectMismatch
              : codes.invalid;
        if (expected === undefined) {
          expect(checked.status).toBeLessThan(300);
        } else {
          expect([checked.status, checked.code]).toEqual([catalogue(expected).status, expected]);
        }
      },
    ),
    { seed: seed + operations.length + 2, numRuns: 500 },
  );
}, 60_000);
