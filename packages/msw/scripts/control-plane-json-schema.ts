/**
 * Builds the JSON Schema of `as-lifecycle-mock`'s control plane from its description in
 * `src/control-plane/control-plane.ts`: one `$defs` entry per route's request and answer, and the
 * spec's components they name (hooks, hanging records), copied like the scenario's.
 */

import { type Node, nodeAt as resolve } from '@as-lifecycle/spec/model';
import { controlRoutes } from '../src/control-plane/control-plane';
import { copySchema, scenarioSchemaId } from './scenario-json-schema';

/** Where the schema is published, beside the scenario's. */
export const controlPlaneSchemaId = scenarioSchemaId.replace(
  /scenario\.schema\.json$/,
  'control-plane.schema.json',
);

/** `POST /__mock/scale` → `post-scale`. */
const nameOf = (endpoint: string) => {
  const [method = '', path = ''] = endpoint.split(' ');
  return `${method.toLowerCase()}-${path.replace(/^\/__mock\//, '')}`;
};

/** The `$ref`s to spec components in a schema, by name. */
function componentRefs(node: unknown, refs: Set<string>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const name = key === '$ref' ? /^#\/\$defs\/([A-Za-z]+)$/.exec(String(value))?.[1] : undefined;
    if (name) refs.add(name);
    else componentRefs(value, refs);
  }
}

/** The control plane's JSON Schema; `comment` becomes its `$comment` (the generated-file banner). */
export function controlPlaneJsonSchema(spec: Node, comment: string): Node {
  const defs: Node = {};
  for (const [endpoint, route] of Object.entries(controlRoutes)) {
    const name = nameOf(endpoint);
    if (route.body) {
      defs[`${name}-request`] = { ...route.body.json, $comment: `${endpoint}: ${route.summary}` };
    }
    defs[`${name}-answer`] = { ...route.answer.json, $comment: `${endpoint}, 200` };
  }
  const refs = new Set<string>();
  componentRefs(defs, refs);
  for (const name of refs) {
    defs[name] = copySchema(resolve(spec, `#/components/schemas/${name}`), refs);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: controlPlaneSchemaId,
    $comment: comment,
    title: 'as-lifecycle-mock control plane',
    description:
      "The JSON bodies of as-lifecycle-mock's /__mock/ endpoints: `$defs` has each route's request (for a POST) and its 200 answer, named after the route (`post-scale-request`, `get-state-answer`). A refused request gets 400 (404 for an unknown route, 415 for a POST without Content-Type: application/json) with `{ error: { code, message } }`.",
    $defs: defs,
  };
}
