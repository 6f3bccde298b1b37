// Every relative link of every Markdown file of the repository leads somewhere: the file or folder
// exists, and a `#fragment` names a heading of the Markdown file it points to (as GitHub makes the
// anchors). A README that sends a reader to a section that was renamed is a README that lies.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const markdownFiles = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.md'],
  { cwd: root, encoding: 'utf8' },
)
  .split('\n')
  .filter((file) => file && !file.includes('node_modules/') && existsSync(join(root, file)));

/** The text outside fenced code blocks and inline code: links in code are not links. */
const prose = (text: string) =>
  text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to hyphens. */
const headingAnchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Every anchor a Markdown file offers (repeated headings get -1, -2, as on GitHub). */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = headingAnchor((match[1] ?? '').replace(/`/g, ''));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

test('the anchor of a heading is the one GitHub makes', () => {
  expect(headingAnchor('Matchers: expect(mock).toHaveReceivedCallback(…)')).toBe(
    'matchers-expectmocktohavereceivedcallback',
  );
  expect(headingAnchor('In a browser (setupWorker)')).toBe('in-a-browser-setupworker');
  expect(headingAnchor('The HTTP server beside a dev server')).toBe(
    'the-http-server-beside-a-dev-server',
  );
  expect([...anchorsOf('# A\n\n```md\n# Not a heading\n```\n## A\n')]).toEqual(['a', 'a-1']);
});

test('every relative link of every Markdown file leads to a file and a heading that exist', () => {
  expect(markdownFiles.length).toBeGreaterThan(10);
  const dead: string[] = [];
  for (const file of markdownFiles) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path = '', fragment] = target.split('#');
      const resolved = path === '' ? join(root, file) : join(root, dirname(file), path);
      const shown = `${file}: (${target})`;
      if (!existsSync(resolved)) {
        dead.push(`${shown} → no ${relative(root, resolved)}`);
        continue;
      }
      if (fragment === undefined) continue;
      const page = statSync(resolved).isDirectory() ? join(resolved, 'README.md') : resolved;
      if (!page.endsWith('.md') || !existsSync(page)) continue;
      if (!anchorsOf(readFileSync(page, 'utf8')).has(decodeURIComponent(fragment))) {
        dead.push(`${shown} → no heading #${fragment} in ${relative(root, page)}`);
      }
    }
  }
  expect(dead).toEqual([]);
});
