/**
 * Bundles `openapi.yaml` into `openapi.json` for consumers that read JSON. The document has no
 * external references, so bundling is a faithful conversion.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';

const source = new URL('../openapi.yaml', import.meta.url);
const target = new URL('../openapi.json', import.meta.url);
const document = parse(await readFile(source, 'utf8'));
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote openapi.json (${Object.keys(document.paths).length} paths).`);
