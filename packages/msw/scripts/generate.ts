/**
 * Generates `src/generated/`, `scenario.schema.json` and `control-plane.schema.json` from
 * `spec/openapi.yaml` (and the control plane's description in `src/control-plane/`): the
 * ahead-of-time request and scenario validators, the AS code of every request rule, the scenario's
 * and the control plane's JSON Schemas. `--check` writes nothing and fails when a regeneration would change a committed file.
 */
import { loadSpecModel } from '@as-lifecycle/spec/load';
import type { Node } from '@as-lifecycle/spec/model';
import { writeGenerated } from '../../../scripts/write-generated';
import { controlPlaneJsonSchema } from './control-plane-json-schema';
import { formatSource } from './format-source';
import { renderGatewayErrors, renderTimeoutLimits } from './render-gateway-errors';
import { renderRequestRules } from './render-request-rules';
import { renderValidators } from './render-validators';
import { scenarioJsonSchema } from './scenario-json-schema';

const packageDir = new URL('../', import.meta.url);
const notice =
  'Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.';
const banner = `// ${notice}\n`;
const controlPlaneNotice =
  'Generated from src/control-plane/control-plane.ts and spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.';

const model = loadSpecModel();
const spec = model.document as Node;
const operations = Object.values(model.bodies);
const scenarioSchema = scenarioJsonSchema(spec, notice) as Node & { $id: string };
const validators = renderValidators(spec, operations, scenarioSchema);

const files = new Map<string, string>([
  ['src/generated/validators.js', formatSource(`${banner}${validators.js}`, 'validators.js')],
  ['src/generated/validators.d.ts', formatSource(`${banner}${validators.dts}`, 'validators.d.ts')],
  [
    'src/generated/request-rules.ts',
    formatSource(`${banner}${renderRequestRules(operations)}`, 'request-rules.ts'),
  ],
  [
    'src/generated/gateway-errors.ts',
    formatSource(`${banner}${renderGatewayErrors(model)}`, 'gateway-errors.ts'),
  ],
  [
    'src/generated/timeout-limits.ts',
    formatSource(`${banner}${renderTimeoutLimits(model)}`, 'timeout-limits.ts'),
  ],
  ['scenario.schema.json', formatSource(JSON.stringify(scenarioSchema), 'scenario.schema.json')],
  [
    'control-plane.schema.json',
    formatSource(
      JSON.stringify(controlPlaneJsonSchema(spec, controlPlaneNotice)),
      'control-plane.schema.json',
    ),
  ],
]);

await writeGenerated(packageDir, files, { check: process.argv.includes('--check') });
