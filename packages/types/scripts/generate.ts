/**
 * Generates `src/generated/` from `spec/openapi.yaml`: the openapi-typescript types and the runtime
 * data (enum lists, limits, error catalogue, regions, operations, and each operation's
 * `requestFields`). `--check` writes nothing and fails when a regeneration would change a committed
 * file.
 *
 * openapi-typescript is in maintenance mode; it is used here and nowhere else, so that it can be
 * swapped without touching the packages.
 */
import { loadSpecDocument, loadSpecModel } from '@as-lifecycle/spec/load';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { writeGenerated } from '../../../scripts/write-generated';
import { expandRequiredBranches } from './expand-required-branches';
import { renderBodyFields } from './render-body-fields';
import { renderSpecData } from './render-spec-data';

const outDir = new URL('../src/generated/', import.meta.url);
const banner =
  '// Generated from spec/openapi.yaml by packages/types/scripts/generate.ts. Do not edit: run `pnpm generate`.\n';

const model = loadSpecModel();
const spec = loadSpecDocument() as unknown as OpenAPI3;
const ast = await openapiTS(expandRequiredBranches(spec), {
  defaultNonNullable: false,
  alphabetize: false,
  exportType: false,
});
// openapi-typescript writes a schema's example value as `@example 0605767a…`, bare. Every `@example`
// we publish is checked as TypeScript, so a value that is not JSON is written as the string it is.
const quoteExamples = (source: string) =>
  source.replace(/^(\s*\* @example )(.+)$/gm, (line, tag: string, value: string) => {
    try {
      JSON.parse(value);
      return line;
    } catch {
      return `${tag}${JSON.stringify(value)}`;
    }
  });
const files = new Map<string, string>([
  ['openapi.ts', `${banner}/* eslint-disable */\n${quoteExamples(astToString(ast))}`],
  ['spec-data.ts', `${banner}${renderSpecData(model)}\n${renderBodyFields(model)}`],
]);

await writeGenerated(outDir, files, { check: process.argv.includes('--check') });
