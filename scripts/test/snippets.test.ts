import { expect, test } from 'vitest';
import {
  exampleSnippet,
  exportedNames,
  jsdocExamples,
  judge,
  markdownSnippets,
  parseDiagnostics,
} from './snippets';

const fence = '```';
const readme = [
  '# A package',
  `${fence}ts`,
  "import { a } from 'a';",
  'a();',
  fence,
  'Some prose.',
  `${fence}ts continues`,
  'a(1);',
  fence,
  `${fence}sh`,
  'npm install a',
  fence,
  `${fence}ts fails TS2322`,
  "const n: number = 'x';",
  fence,
  `${fence}tsx test`,
  'export const x = <div />;',
  fence,
].join('\n');

test('Markdown: ts blocks become files; continues joins the previous one; fails and test are read', () => {
  const files = markdownSnippets('packages/a/README.md', readme);
  expect(files.map((f) => [f.file, f.text, f.lines, f.fails, f.test])).toEqual([
    [
      'snippets/md-packages-a-README-md-3.ts',
      "import { a } from 'a';\na();\na(1);",
      [3, 4, 8],
      [],
      false,
    ],
    [
      'snippets/md-packages-a-README-md-14.ts',
      "const n: number = 'x';",
      [14],
      [{ code: 'TS2322', from: 14, to: 14 }],
      false,
    ],
    ['snippets/md-packages-a-README-md-17.test.tsx', 'export const x = <div />;', [17], [], true],
  ]);
});

test('Markdown: a fence in a list item or a blockquote is read; one that never closes is refused', () => {
  const nested = [
    '1. Install:',
    `    ${fence}ts`,
    "    import { a } from 'a';",
    '      a();',
    `    ${fence}`,
    `> ${fence}ts`,
    '> b();',
    `> ${fence}`,
    `Inline ${fence}ts not a fence${fence} in prose.`,
  ].join('\n');
  expect(markdownSnippets('R.md', nested).map((f) => [f.text, f.lines])).toEqual([
    ["import { a } from 'a';\n  a();", [3, 4]],
    ['b();', [7]],
  ]);
  expect(() => markdownSnippets('R.md', `${fence}ts\nx;\n`)).toThrow(
    /R\.md:1: a code fence that never closes/,
  );
});

test('Markdown: unknown words, a TypeScript-like language we do not read, a fails fragment', () => {
  expect(() => markdownSnippets('R.md', `${fence}ts tset\nx;\n${fence}`)).toThrow(
    /unknown word "tset"/,
  );
  expect(() => markdownSnippets('R.md', `${fence}ts,test\nx;\n${fence}`)).toThrow(/"ts,test"/);
  expect(() => markdownSnippets('R.md', `${fence}ts fails oops\nx;\n${fence}`)).toThrow(
    /takes error codes/,
  );
  const [file] = markdownSnippets(
    'R.md',
    `${fence}ts fails TS2322=CallbackBody TS2769\nx;\n${fence}`,
  );
  expect(file?.fails).toEqual([
    { code: 'TS2322', fragment: 'CallbackBody', from: 2, to: 2 },
    { code: 'TS2769', from: 2, to: 2 },
  ]);
});

test('Markdown: a continues with nothing before it, or a fails without a code, is refused', () => {
  expect(() => markdownSnippets('R.md', `${fence}ts continues\nx;\n${fence}`)).toThrow(
    /R\.md:1: "continues" but no block comes before it/,
  );
  expect(() => markdownSnippets('R.md', `${fence}ts fails\nx;\n${fence}`)).toThrow(
    /takes error codes/,
  );
});

test('JSDoc: each @example up to the next tag or the end of its comment, with its first line', () => {
  const declarations = [
    '/**',
    ' * Does a thing.',
    ' *',
    ' * @example',
    " * const x = thing('y');",
    ' * x.run();',
    ' * @returns nothing',
    ' */',
    'declare function thing(name: string): { run(): void };',
    '/** @example "0605767a" */',
    'type Id = string;',
  ].join('\n');
  expect(jsdocExamples(declarations)).toEqual([
    { line: 5, code: "const x = thing('y');\nx.run();" },
    { line: 10, code: '"0605767a"' },
  ]);
});

test('exported names of a declaration entry', () => {
  expect(
    exportedNames(
      'export { a, b as c, type D };\nexport declare function e(): void;\nexport type F = 1;',
    ),
  ).toEqual(['a', 'c', 'D', 'e', 'F']);
});

test('a JSDoc fragment gets the package names it uses and the context names it does not declare', () => {
  const entries = [
    { specifier: 'pkg', names: ['thing', 'other', 'Type'] },
    { specifier: 'pkg/sub', names: ['thing', 'sub'] },
  ];
  const context = { specifier: './example-context.js', names: ['client', 'groupId', 'mock'] };
  const fragment = exampleSnippet(
    'pkg/dist/index.d.ts',
    { line: 7, code: 'const mock = thing(groupId);\nsub(client.x, mock);' },
    entries,
    context,
  );
  expect(fragment.text).toBe(
    [
      "import { thing } from 'pkg';",
      "import { sub } from 'pkg/sub';",
      "import { client, groupId } from './example-context.js';",
      'const mock = thing(groupId);',
      'sub(client.x, mock);',
      'export {};',
    ].join('\n'),
  );
  expect(fragment.lines).toEqual([0, 0, 0, 7, 8, 0]);
  // An example with imports of its own gets no package names: it must stand alone.
  const standalone = exampleSnippet(
    'pkg/dist/index.d.ts',
    { line: 3, code: "import { other } from 'pkg';\nthing(other);" },
    entries,
    context,
  );
  expect(standalone.text).toBe("import { other } from 'pkg';\nthing(other);\nexport {};");
});

test('judging: an error of the whole program, and an expected message fragment', () => {
  const [file] = markdownSnippets('R.md', `${fence}ts fails TS2322=Wanted\nx;\n${fence}`);
  if (!file) throw new Error('one snippet expected');
  expect(
    judge(
      [file],
      parseDiagnostics("error TS18003: No inputs were found in config file 'tsconfig.json'."),
    ),
  ).toEqual([
    ":0: TS18003 No inputs were found in config file 'tsconfig.json'.",
    'R.md:2: expected TS2322, and it compiled without it',
  ]);
  const other = parseDiagnostics(
    `${file.file}(1,1): error TS2322: Type 'x' is not assignable to type 'Other'.`,
  );
  expect(judge([file], other)).toEqual([
    "R.md:2: TS2322 Type 'x' is not assignable to type 'Other'.",
    'R.md:2: expected TS2322, and it compiled without it',
  ]);
  const wanted = parseDiagnostics(
    `${file.file}(1,1): error TS2322: Type 'x' is not assignable to type 'Wanted'.`,
  );
  expect(judge([file], wanted)).toEqual([]);
});

test('judging: an unexpected error, an expected one that came, and one that did not', () => {
  const files = markdownSnippets('R.md', readme);
  const diagnostics = parseDiagnostics(
    [
      'snippets/md-R-md-3.ts(3,1): error TS2554: Expected 0 arguments, but got 1.',
      "snippets/md-R-md-14.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ].join('\n'),
  );
  expect(judge(files, diagnostics)).toEqual(['R.md:8: TS2554 Expected 0 arguments, but got 1.']);
  expect(judge(files, [])).toEqual(['R.md:14: expected TS2322, and it compiled without it']);
  expect(
    judge(
      files,
      parseDiagnostics('snippets/md-R-md-14.ts(1,7): error TS2345: Wrong.\n  more detail'),
    ),
  ).toEqual([
    'R.md:14: TS2345 Wrong.\n  more detail',
    'R.md:14: expected TS2322, and it compiled without it',
  ]);
});
