// The code we publish, as files a TypeScript compiler can check: every `ts`/`tsx` block of every
// Markdown file, and every `@example` of the published declaration files.
//
// A Markdown block stands alone, with its imports, unless its info string says `continues`: then
// it is checked as the end of the previous block of the same file (```ts continues). A block that
// shows a mistake says which errors it must give (```ts fails TS2322): it is checked to give exactly
// those codes and no others. A block marked `test` is also run by vitest in the consumer project.
//
// A JSDoc example may be a fragment: names of its package are imported for it when it imports
// nothing itself, and the few names examples take as given (`client`, `mock`, `groupId`…) are
// exported by `example-context.ts` and imported for the example.

/** One checked unit: a file of the consumer project, and where each of its lines came from. */
export interface SnippetFile {
  /** Path inside the consumer project, e.g. `snippets/md-packages-msw-README-3.ts`. */
  file: string;
  text: string;
  /** The Markdown or declaration file it came from, relative to the repository or package. */
  source: string;
  /** For each line of `text` (0-based), the source line (1-based), or 0 for a line we added. */
  lines: number[];
  /**
   * Errors the snippet must give (`TS2322`…), each on a line of the block that names it, and with
   * `fragment` in its message when given.
   */
  fails: { code: string; fragment?: string; from: number; to: number }[];
  /** Also run as a test (vitest + jsdom) in the consumer project; its file is named `.test.`. */
  test: boolean;
  /** Has JSX: its file is `.tsx`. */
  tsx?: boolean;
}

interface Block {
  line: number; // the first line of code, 1-based
  lang: string;
  words: string[];
  code: string;
}

/** A line that opens or closes a fence, at any indentation (a list item) or in a blockquote. */
const fenceLine = /^([\s>]*)(`{3,}|~{3,})(.*)$/;

/**
 * The fenced code blocks of a Markdown text. Throws when a fence is never closed, or when the
 * blocks found do not account for every fence line, so that no block can go unseen.
 */
export function markdownBlocks(source: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let fenceLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = fenceLine.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1] ?? '';
    const fence = open[2] ?? '```';
    const info = (open[3] ?? '').trim();
    // CommonMark: the info string of a backtick fence has no backtick (else it is inline code).
    if (fence.startsWith('`') && info.includes('`')) continue;
    const body: string[] = [];
    let j = i + 1;
    const closes = (line: string) => {
      const close = fenceLine.exec(line);
      return (
        close !== null &&
        (close[2] ?? '').startsWith(fence) &&
        (close[2] ?? '')[0] === fence[0] &&
        (close[3] ?? '').trim() === ''
      );
    };
    while (j < lines.length && !closes(lines[j] ?? '')) {
      const line = lines[j] ?? '';
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
      j++;
    }
    if (j >= lines.length) throw new Error(`${source}:${i + 1}: a code fence that never closes`);
    const [lang = '', ...words] = info.split(/\s+/).filter(Boolean);
    blocks.push({ line: i + 2, lang: lang.toLowerCase(), words, code: body.join('\n') });
    fenceLines += 2;
    i = j;
  }
  const counted = lines.filter((line) => {
    const match = fenceLine.exec(line);
    return match !== null && !((match[2] ?? '').startsWith('`') && (match[3] ?? '').includes('`'));
  }).length;
  if (counted !== fenceLines) {
    throw new Error(
      `${source}: ${counted} fence lines, but ${blocks.length} blocks account for ${fenceLines}`,
    );
  }
  return blocks;
}

const tsLanguages = new Set(['ts', 'tsx', 'typescript', 'mts']);
const slug = (path: string) => path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** An expected error: a code, and optionally a piece of its message (`TS2322=CallbackLifecycleHookBody`). */
const expectedError = /^(TS\d+)(?:=(\S+))?$/;

/**
 * The TypeScript blocks of one Markdown file, as files: a block marked `continues` joins the file of
 * the block before it. Throws on a `continues` with nothing to continue, on a word of the info
 * string it does not know, and on a language that looks like TypeScript but is not one of ours.
 */
export function markdownSnippets(source: string, text: string): SnippetFile[] {
  const files: SnippetFile[] = [];
  for (const block of markdownBlocks(source, text)) {
    const where = `${source}:${block.line - 1}`;
    if (!tsLanguages.has(block.lang)) {
      if (/^(ts|tsx|typescript|mts)\W/.test(block.lang)) {
        throw new Error(`${where}: "${block.lang}": write the language, then words: \`\`\`ts test`);
      }
      continue;
    }
    const failIndex = block.words.indexOf('fails');
    const codes = failIndex === -1 ? [] : block.words.slice(failIndex + 1);
    const words = failIndex === -1 ? block.words : block.words.slice(0, failIndex);
    for (const word of words) {
      if (!['continues', 'test'].includes(word)) {
        throw new Error(`${where}: unknown word "${word}" (continues, test, fails TS2322)`);
      }
    }
    if (failIndex !== -1 && (codes.length === 0 || !codes.every((w) => expectedError.test(w)))) {
      throw new Error(`${where}: "fails" takes error codes, as TS2322 or TS2322=Fragment`);
    }
    const code = block.code.split('\n');
    const lines = code.map((_, k) => block.line + k);
    const fails = codes.map((word) => {
      const [, errorCode = '', fragment] = expectedError.exec(word) ?? [];
      return {
        code: errorCode,
        ...(fragment === undefined ? {} : { fragment }),
        from: block.line,
        to: block.line + code.length - 1,
      };
    });
    const test = block.words.includes('test');
    const previous = files.at(-1);
    if (block.words.includes('continues')) {
      if (!previous) throw new Error(`${where}: "continues" but no block comes before it`);
      previous.text += `\n${code.join('\n')}`;
      previous.lines.push(...lines);
      previous.fails.push(...fails);
      previous.test ||= test;
      previous.tsx ||= block.lang === 'tsx';
      continue;
    }
    files.push({
      file: '',
      text: code.join('\n'),
      source,
      lines,
      fails,
      test,
      tsx: block.lang === 'tsx',
    });
  }
  // Named once whole: a test runner finds `.test.` files; TSX needs `.tsx`.
  for (const file of files) {
    file.file = `snippets/md-${slug(source)}-${file.lines[0] ?? 0}${file.test ? '.test' : ''}.${file.tsx ? 'tsx' : 'ts'}`;
  }
  return files;
}

/** The `@example` blocks of a declaration file, with the line each starts on (1-based). */
export function jsdocExamples(text: string): { line: number; code: string }[] {
  const examples: { line: number; code: string }[] = [];
  const lines = text.split('\n');
  let inComment = false;
  let current: { line: number; code: string[] } | undefined;
  const finish = () => {
    if (current) {
      while (current.code.length > 0 && (current.code.at(-1) ?? '').trim() === '')
        current.code.pop();
      examples.push({ line: current.line, code: current.code.join('\n') });
    }
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!inComment && /^\s*\/\*\*/.test(line)) inComment = true;
    if (!inComment) continue;
    const ends = line.includes('*/');
    const content = line
      .replace(/^\s*\/\*\*\s?/, '')
      .replace(/\*\/.*$/, '')
      .replace(/^\s*\* ?/, '');
    const tag = /^@(\w+)\s*(.*)$/.exec(content.trim());
    if (tag) {
      finish();
      if (tag[1] === 'example')
        current = { line: tag[2] ? i + 1 : i + 2, code: tag[2] ? [tag[2]] : [] };
    } else if (current && !(content.trim() === '' && current.code.length === 0)) {
      current.code.push(content);
    }
    if (ends) {
      finish();
      inComment = false;
    }
  }
  return examples.filter((e) => e.code.trim() !== '');
}

/** The names a declaration entry exports: `export { a, b as c, type D };` gives a, c and D. */
export function exportedNames(declarations: string): string[] {
  const names: string[] = [];
  for (const match of declarations.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1)
        ?.trim();
      if (name) names.push(name);
    }
  }
  for (const match of declarations.matchAll(
    /^export\s+(?:declare\s+)?(?:const|function|class|interface|type|abstract class)\s+([A-Za-z_$][\w$]*)/gm,
  )) {
    if (match[1]) names.push(match[1]);
  }
  return names;
}

/** Whether an example declares or imports a name itself. */
const declares = (code: string, name: string) =>
  new RegExp(
    `\\b(const|let|var|function|class|type|interface)\\s+${name}\\b|^\\s*import\\b[^;]*\\b${name}\\b|[{,]\\s*${name}\\s*[,}][^=;]*=`,
    'm',
  ).test(code);
/** Whether an example uses a name (not as a property: `x.name` is not a use). */
const uses = (code: string, name: string) =>
  new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\b`).test(code);

/**
 * One JSDoc example as a file: its own imports when it has any, or else an import of each name of
 * the package's entries (`entries`: specifier → exported names, in order of preference) that it
 * uses; and the context's names (`context`: a module exporting `client`, `mock`…) that it uses
 * without declaring them.
 */
export function exampleSnippet(
  source: string,
  example: { line: number; code: string },
  entries: readonly { specifier: string; names: readonly string[] }[],
  context: { specifier: string; names: readonly string[] },
): SnippetFile {
  const header: string[] = [];
  const taken = new Set<string>();
  if (!/^\s*import\s/m.test(example.code)) {
    for (const { specifier, names } of entries) {
      const used = names.filter((name) => !taken.has(name) && uses(example.code, name));
      for (const name of used) taken.add(name);
      if (used.length > 0) header.push(`import { ${used.join(', ')} } from '${specifier}';`);
    }
  }
  const given = context.names.filter(
    (name) => !taken.has(name) && uses(example.code, name) && !declares(example.code, name),
  );
  if (given.length > 0) header.push(`import { ${given.join(', ')} } from '${context.specifier}';`);
  const code = example.code.split('\n');
  const trailer = ['export {};'];
  return {
    file: `snippets/doc-${slug(source)}-${example.line}.ts`,
    text: [...header, ...code, ...trailer].join('\n'),
    source,
    lines: [...header.map(() => 0), ...code.map((_, k) => example.line + k), 0],
    fails: [],
    test: false,
  };
}

/** A compiler diagnostic of `tsc --pretty false`. */
export interface Diagnostic {
  file: string;
  line: number; // 1-based, in the checked file
  code: string;
  message: string;
}

/** The diagnostics of `tsc --pretty false` output, continuation lines joined to their message. */
export function parseDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      diagnostics.push({
        file: (match[1] ?? '').replace(/\\/g, '/'),
        line: Number(match[2]),
        code: match[3] ?? '',
        message: match[4] ?? '',
      });
    } else if (/\berror TS\d+/.test(line)) {
      // An error of the whole program (no inputs, a missing type library…): it names no snippet.
      const [, code = 'TS?', message = line] = /error (TS\d+): (.*)$/.exec(line) ?? [];
      diagnostics.push({ file: '', line: 0, code, message });
    } else if (line.startsWith(' ') && diagnostics.length > 0) {
      const last = diagnostics.at(-1);
      if (last) last.message += `\n${line}`;
    }
  }
  return diagnostics;
}

/**
 * What is wrong with the snippets, given the compiler's diagnostics: one line per unexpected error
 * (with the source line it points at) and per expected error that did not come.
 */
export function judge(
  snippets: readonly SnippetFile[],
  diagnostics: readonly Diagnostic[],
): string[] {
  const problems: string[] = [];
  const byFile = new Map(snippets.map((s) => [s.file, s]));
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const snippet =
      diagnostic.file === ''
        ? undefined
        : [...byFile.entries()].find(([file]) => diagnostic.file.endsWith(file))?.[1];
    if (!snippet) {
      problems.push(
        `${diagnostic.file}:${diagnostic.line}: ${diagnostic.code} ${diagnostic.message}`,
      );
      continue;
    }
    const at = snippet.lines[diagnostic.line - 1] ?? 0;
    const expected = snippet.fails.find(
      (f) =>
        f.code === diagnostic.code &&
        at >= f.from &&
        at <= f.to &&
        (f.fragment === undefined || diagnostic.message.includes(f.fragment)),
    );
    if (expected) {
      seen.add(`${snippet.file}\n${expected.code}\n${expected.from}`);
      continue;
    }
    problems.push(
      `${snippet.source}:${at || `(added line ${diagnostic.line})`}: ${diagnostic.code} ${diagnostic.message}`,
    );
  }
  for (const snippet of snippets) {
    for (const fail of snippet.fails) {
      if (!seen.has(`${snippet.file}\n${fail.code}\n${fail.from}`)) {
        problems.push(
          `${snippet.source}:${fail.from}: expected ${fail.code}, and it compiled without it`,
        );
      }
    }
  }
  return problems;
}
