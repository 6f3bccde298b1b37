import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const changesetBin = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
const workspace = mkdtempSync(join(tmpdir(), 'as-lifecycle-changeset-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const packageDirs = () =>
  execFileSync('pnpm', ['-r', 'exec', 'pwd'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((dir) => dir.slice(root.length))
    .filter((dir) => dir.length > 0);

test('changeset version bumps the fixed group together and writes changelogs', () => {
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    cpSync(join(root, file), join(workspace, file));
  }
  const dirs = packageDirs();
  for (const dir of dirs)
    cpSync(join(root, dir, 'package.json'), join(workspace, dir, 'package.json'));
  const manifests = dirs.map((dir) => ({
    dir,
    before: readJson(join(workspace, dir, 'package.json')),
  }));
  const published = manifests.filter((m) => !m.before.private);
  expect(published.map((m) => m.before.name)).toContain('@as-lifecycle/types');
  expect(new Set(published.map((m) => m.before.version)).size).toBe(1);

  writeFileSync(
    join(workspace, '.changeset/new-field.md'),
    "---\n'@as-lifecycle/types': minor\n---\n\nAdd a field to the hook.\n",
  );
  execFileSync(process.execPath, [changesetBin, 'version'], { cwd: workspace, stdio: 'pipe' });

  const [major = 0, minor = 0] = published[0]?.before.version.split('.').map(Number) ?? [];
  const next = major === 0 ? `0.${minor + 1}.0` : `${major}.${minor + 1}.0`;
  for (const { dir, before } of manifests) {
    const after = readJson(join(workspace, dir, 'package.json'));
    const changelog = join(workspace, dir, 'CHANGELOG.md');
    if (before.private) {
      expect(after.version, dir).toBe(before.version);
      expect(existsSync(changelog), dir).toBe(false);
    } else {
      expect(after.version, dir).toBe(next);
      expect(readFileSync(changelog, 'utf8'), dir).toContain(`## ${next}`);
    }
  }
  const typesChangelog = readFileSync(join(workspace, 'packages/types/CHANGELOG.md'), 'utf8');
  expect(typesChangelog).toContain('Add a field to the hook.');
  expect(existsSync(join(workspace, '.changeset/new-field.md'))).toBe(false);
});
