/**
 * Generates `src/generated/` and `scenario.schema.json` from `spec/openapi.yaml`: the ahead-of-time
 * request and scenario validators, the AS code of every request rule, and the scenario's JSON
 * Schema. `--check` writes nothing and fails when a regeneration would change a committed file.
 */
import { loadSpecModel } from '@as-lifecycle/spec/load';
import type { Node } from '@as-lifecycle/spec/model';
import { writeGenerated } from '../../../scripts/write-generated';
import { formatSource } from './format-source';
import { renderRequestRules } from './render-request-rules';
import { renderValidators } from './render-validators';
import { scenarioJsonSchema } from './scenario-json-schema';

const packageDir = new URL('../', import.meta.url);
const notice =
  'Generated from spec/openapi.yaml by packages/msw/scripts/generate.ts. Do not edit: run `pnpm generate`.';
const banner = `// ${notice}\n`;

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
  ['scenario.schema.json', formatSource(JSON.stringify(scenarioSchema), 'scenario.schema.json')],
]);

await writeGenerated(packageDir, files, { check: process.argv.includes('--check') });
