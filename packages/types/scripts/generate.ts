/**
 * Generates `src/generated/` from `spec/openapi.yaml`: the openapi-typescript types and the runtime
 * data (enum lists, error catalogue, regions, operations). `--check` writes nothing and fails when a
 * regeneration would change a committed file.
 *
 * openapi-typescript is in maintenance mode; it is used here and nowhere else, so that it can be
 * swapped without touching the packages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { expandRequiredBranches } from './expand-required-branches';
import { renderSpecData } from './render-spec-data';

const specUrl = new URL('../../../spec/openapi.yaml', import.meta.url);
const outDir = new URL('../src/generated/', import.meta.url);
const banner =
  '// Generated from spec/openapi.yaml by packages/types/scripts/generate.ts. Do not edit: run `pnpm generate`.\n';

const specText = await readFile(specUrl, 'utf8');
const spec = parse(specText);
const ast = await openapiTS(expandRequiredBranches(spec), {
  defaultNonNullable: false,
  alphabetize: false,
  exportType: false,
});
const files = new Map<string, string>([
  ['openapi.ts', `${banner}/* eslint-disable */\n${astToString(ast)}`],
  ['spec-data.ts', `${banner}${renderSpecData(spec)}`],
]);

const check = process.argv.includes('--check');
const stale: string[] = [];
if (!check) await mkdir(outDir, { recursive: true });
for (const [name, content] of files) {
  const url = new URL(name, outDir);
  if (check) {
    const current = await readFile(url, 'utf8').catch(() => undefined);
    if (current !== content) stale.push(relative(process.cwd(), fileURLToPath(url)));
  } else {
    await writeFile(url, content);
  }
}
if (stale.length > 0) {
  console.error(
    `Generated files are out of date with spec/openapi.yaml: ${stale.join(', ')}. Run \`pnpm generate\` and commit the result.`,
  );
  process.exit(1);
}
console.log(check ? `${files.size} generated files match the spec.` : `Wrote ${files.size} files.`);
