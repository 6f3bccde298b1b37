/**
 * Builds the JSON Schema of the mock's scenario (the README's "The scenario") from the spec's
 * components: hooks are create bodies, hanging entries are the list response's records with the
 * fields the mock can fill in made optional.
 */

import { type Node, nodeAt as resolve } from '@as-lifecycle/spec/model';
import { scenarioExample } from './scenario-example';

/** Where the schema is published. */
export const scenarioSchemaId =
  'https://raw.githubusercontent.com/as-lifecycle/as-lifecycle/main/packages/msw/scenario.schema.json';

/** What the mock fills in for each optional field of a hanging entry. */
const hangingDefaults: Record<string, string> = {
  lifecycle_action_key: 'Default: a generated UUID.',
  lifecycle_hook_status: 'Default: `HANGING`.',
  timeout: "Default: now plus the hook's `default_timeout`.",
  default_result: "Default: the hook's `default_result`.",
};

const componentRef = /^#\/components\/schemas\/(.+)$/;

/** A copy of a spec schema without vendor extensions, its `$ref`s pointing into `$defs`. */
export function copySchema(node: unknown, refs: Set<string>, inMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => copySchema(item, refs));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inMap && key.startsWith('x-')) continue;
    const ref = key === '$ref' && !inMap ? componentRef.exec(String(value))?.[1] : undefined;
    if (ref) refs.add(ref);
    copy[key] = ref
      ? `#/$defs/${ref}`
      : copySchema(value, refs, !inMap && (key === 'properties' || key === '$defs'));
  }
  return copy;
}

/** A path parameter's schema, with the parameter's description. */
function parameterSchema(spec: Node, name: string): Node {
  const parameter = resolve(spec, `#/components/parameters/${name}`);
  return { ...(parameter.schema as Node), description: parameter.description };
}

function hangingInstance(spec: Node, refs: Set<string>): Node {
  const info = resolve(spec, '#/components/schemas/InstanceHangingInfo');
  const { scaling_group_id: _group, ...properties } = copySchema(
    info.properties,
    refs,
    true,
  ) as Record<string, Node>;
  for (const [field, note] of Object.entries(hangingDefaults)) {
    const property = properties[field] as Node;
    property.description = property.description ? `${property.description} ${note}` : note;
  }
  return {
    type: 'object',
    description:
      "One instance held by one of the group's hooks. Only the instance and the hook's name are required; the mock fills in the rest.",
    required: (info.required as string[]).filter(
      (field) => field in properties && !(field in hangingDefaults),
    ),
    additionalProperties: false,
    properties,
  };
}

function scalingGroup(spec: Node, refs: Set<string>): Node {
  const hookList = resolve(
    spec,
    '#/components/schemas/ListLifecycleHooksResponse/properties/lifecycle_hooks',
  );
  refs.add('CreateLifecycleHookBody');
  return {
    type: 'object',
    description: 'A scaling group, its lifecycle hooks and the instances they hold.',
    required: ['scaling_group_id'],
    additionalProperties: false,
    properties: {
      scaling_group_id: parameterSchema(spec, 'ScalingGroupId'),
      lifecycle_hooks: {
        type: 'array',
        description:
          'The hooks, as create bodies: the create rules and defaults apply, and names are unique within the group. Default: none.',
        maxItems: hookList.maxItems,
        items: { $ref: '#/$defs/CreateLifecycleHookBody' },
      },
      instance_hanging_info: {
        type: 'array',
        description: 'The hanging instances; each names one of the hooks above. Default: none.',
        items: { $ref: '#/$defs/HangingInstance' },
      },
    },
  };
}

/** The scenario's JSON Schema; `comment` becomes its `$comment` (the generated-file banner). */
export function scenarioJsonSchema(spec: Node, comment: string): Node {
  const refs = new Set<string>();
  const defs: Node = {
    ScalingGroup: scalingGroup(spec, refs),
    HangingInstance: hangingInstance(spec, refs),
  };
  for (const name of refs) {
    defs[name] = copySchema(resolve(spec, `#/components/schemas/${name}`), refs);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: scenarioSchemaId,
    $comment: comment,
    title: 'as-lifecycle mock scenario',
    description:
      "The seed data of the @as-lifecycle/msw mock: one project's scaling groups, each with its lifecycle hooks and the instances they hold, in the API's own field names. The example seeds one group with one launch hook that holds one instance.",
    type: 'object',
    required: ['project_id', 'scaling_groups'],
    additionalProperties: false,
    properties: {
      $schema: {
        type: 'string',
        description: 'The schema this file follows, for editors; ignored.',
      },
      project_id: parameterSchema(spec, 'ProjectId'),
      scaling_groups: {
        type: 'array',
        description: 'The groups; scaling group ids are unique.',
        items: { $ref: '#/$defs/ScalingGroup' },
      },
    },
    examples: [scenarioExample],
    $defs: defs,
  };
}
