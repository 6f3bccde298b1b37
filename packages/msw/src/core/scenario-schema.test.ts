import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import { checkScenario, type Scenario } from './scenario-schema';

/** The scenario the README documents, verbatim. */
const example: Scenario = {
  project_id: '0605767a3300d5762fb7c0186d9e1779',
  scaling_groups: [
    {
      scaling_group_id: 'e5d27f5c-dd76-4a61-b4bc-a67c5686719a',
      lifecycle_hooks: [
        {
          lifecycle_hook_name: 'hook-launch',
          lifecycle_hook_type: 'INSTANCE_LAUNCHING',
          default_result: 'ABANDON',
          default_timeout: 3600,
          notification_topic_urn: 'urn:smn:cn-north-4:0605767a3300d5762fb7c0186d9e1779:as-hooks',
        },
      ],
      instance_hanging_info: [
        {
          instance_id: 'b25c1589-c96c-465b-9fef-d06540d1945c',
          lifecycle_hook_name: 'hook-launch',
          lifecycle_action_key: '6ebe6e72-4b09-4adb-ae4a-a91dc0560069',
        },
      ],
    },
  ],
};

const schema = JSON.parse(
  readFileSync(new URL('../../scenario.schema.json', import.meta.url), 'utf8'),
);

/** A deep copy of the example with the value at a JSON pointer replaced, or removed when undefined. */
function changed(pointer: string, value?: unknown): unknown {
  const copy: unknown = structuredClone(example);
  const keys = pointer.slice(1).split('/');
  const last = keys.pop() ?? '';
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy) as Record<
    string,
    unknown
  >;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}
const group = '/scaling_groups/0';
const hanging = `${group}/instance_hanging_info/0`;
const hook = example.scaling_groups[0]?.lifecycle_hooks?.[0];

test("the README's scenario is valid and is the schema's documented example", () => {
  expect(checkScenario(example)).toEqual({ ok: true, scenario: example });
  expect(schema.examples).toEqual([example]);
});

test('a group may leave out its hooks and hanging instances', () => {
  expect(checkScenario({ project_id: 'p', scaling_groups: [{ scaling_group_id: 'g' }] }).ok).toBe(
    true,
  );
});

test('a scenario may name its schema and leave out every optional field of a hanging entry', () => {
  const minimal = changed(hanging, { instance_id: 'i-1', lifecycle_hook_name: 'hook-launch' });
  (minimal as Record<string, unknown>).$schema = './scenario.schema.json';
  expect(checkScenario(minimal).ok).toBe(true);
});

test('a hanging entry may give every field', () => {
  const full = changed(hanging, {
    ...example.scaling_groups[0]?.instance_hanging_info?.[0],
    lifecycle_hook_status: 'CONTINUE',
    timeout: '2026-02-28T23:59:59Z',
    default_result: 'CONTINUE',
  });
  expect(checkScenario(full).ok).toBe(true);
});

const badTimeouts = [
  '2026-13-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-04-31T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T23:59:60Z',
];
test.each([
  ['not an object', [], 'the scenario must be object'],
  ['no project id', changed('/project_id'), 'project_id is required'],
  [
    'an empty project id',
    changed('/project_id', ''),
    'project_id must NOT have fewer than 1 characters',
  ],
  [
    'a hook timeout under a minute',
    changed(`${group}/lifecycle_hooks/1`, {
      ...hook,
      lifecycle_hook_name: 'h2',
      default_timeout: 59,
    }),
    'scaling_groups[0].lifecycle_hooks[1].default_timeout must be >= 60',
  ],
  [
    'EXTEND as a hook default',
    changed(`${group}/lifecycle_hooks/0/default_result`, 'EXTEND'),
    'scaling_groups[0].lifecycle_hooks[0].default_result must be one of "ABANDON", "CONTINUE"',
  ],
  [
    'six hooks',
    changed(
      `${group}/lifecycle_hooks`,
      [1, 2, 3, 4, 5, 6].map((n) => ({ ...hook, lifecycle_hook_name: `h${n}` })),
    ),
    'scaling_groups[0].lifecycle_hooks must NOT have more than 5 items',
  ],
  [
    'a hanging entry without a hook name',
    changed(`${hanging}/lifecycle_hook_name`),
    'scaling_groups[0].instance_hanging_info[0].lifecycle_hook_name is required',
  ],
  [
    'a timeout with an offset',
    changed(`${hanging}/timeout`, '2026-01-01T00:00:00+01:00'),
    'scaling_groups[0].instance_hanging_info[0].timeout must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"',
  ],
  ...badTimeouts.map((timeout) => [
    `a timeout of ${timeout}`,
    changed(`${hanging}/timeout`, timeout),
    'scaling_groups[0].instance_hanging_info[0].timeout must match format "date-time"',
  ]),
  [
    'a status outside the enum',
    changed(`${hanging}/lifecycle_hook_status`, 'EXTENDED'),
    'scaling_groups[0].instance_hanging_info[0].lifecycle_hook_status must be one of "HANGING", "CONTINUE", "ABANDON"',
  ],
  [
    'a misspelt field',
    changed(`${hanging}/lifecycle_action`, 'k'),
    'scaling_groups[0].instance_hanging_info[0].lifecycle_action is not a field of the scenario',
  ],
])('%s: one error naming its path', (_, value, error) => {
  expect(checkScenario(value)).toEqual({ ok: false, errors: [error] });
});

test('the schema file compiles under a strict 2020-12 validator and agrees with the generated one', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(example)).toBe(true);
  expect(validate(changed('/project_id'))).toBe(false);
});
