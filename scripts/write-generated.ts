/**
 * The write-or-check step every generator ends with: writes the generated files, or, in check mode,
 * writes nothing and exits 1 naming the files a regeneration would change (see
 * docs/decisions/003-generated-files-are-committed.md).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes `files` (name relative to `baseDir` → content), or with `check` compares them with what is
 * on disk and exits 1 naming the stale ones. Logs one line either way.
 *
 * @example
 * await writeGenerated(new URL('../src/generated/', import.meta.url), files, {
 *   check: process.argv.includes('--check'),
 * });
 */
export async function writeGenerated(
  baseDir: URL,
  files: ReadonlyMap<string, string>,
  { check }: { check: boolean },
): Promise<void> {
  const stale: string[] = [];
  for (const [name, content] of files) {
    const url = new URL(name, baseDir);
    if (check) {
      const current = await readFile(url, 'utf8').catch(() => undefined);
      if (current !== content) stale.push(relative(process.cwd(), fileURLToPath(url)));
    } else {
      await mkdir(new URL('.', url), { recursive: true });
      await writeFile(url, content);
    }
  }
  if (stale.length > 0) {
    console.error(
      `Generated files are out of date with spec/openapi.yaml: ${stale.join(', ')}. Run \`pnpm generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(
    check ? `${files.size} generated files match the spec.` : `Wrote ${files.size} files.`,
  );
}
