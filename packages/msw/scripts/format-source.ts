/** Formats generated source with the repository's Biome, so that it reads well and never drifts. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `source` as `biome format` writes a file of that name (its extension picks the language). */
export function formatSource(source: string, fileName: string): string {
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${fileName}`], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Failed to format ${fileName} with Biome: ${result.stderr || result.error}`);
  }
  return result.stdout;
}
