import { type OptionDefinitions, valueName } from './options';

/** A block of the help: free lines (commands, say), or flags rendered from their definitions. */
export interface HelpSection {
  /** `Commands:`; a section without a title follows the one before it after a blank line. */
  title?: string;
  /** Lines shown as given, each wrapped with a hanging indent when too long. */
  lines?: readonly string[];
  options?: OptionDefinitions;
}

/** The whole help: the usage line, the sections, the flags and what follows them. */
export interface HelpText {
  /** The first line(s): `Usage: as-lifecycle-mock [options]`. */
  usage: string;
  /** Sections before the bin's own flags. */
  sections?: readonly HelpSection[];
  /** The bin's flags; `-h, --help` is added last. */
  options: OptionDefinitions;
  /** The title of the flags' section, if any. */
  optionsTitle?: string;
  /** Paragraphs after the flags (credentials, exit codes, limits), as written. */
  epilogue?: string;
  /** Wrap width; 100 by default. */
  width?: number;
}

const indent = '  ';
/** Spaces between the longest flag and its description. */
const gap = 3;
/** A flag longer than this puts its description on the next line, under the column. */
const widestLabel = 26;

/** Words, except that an optional part of a synopsis, `[--flag VALUE]`, stays on one line. */
const synopsisWords = /\[[^\]]*\]|\S+/g;

/**
 * Wraps `text` at spaces to `width` columns: the first line after `first`, the others after
 * `rest`. A word (a match of `words`) longer than the width stays whole.
 *
 * @example
 * import { wrap } from '@as-lifecycle/cli-kit';
 *
 * wrap('a b c', 5, '', '  '); // 'a b c'
 */
export function wrap(
  text: string,
  width: number,
  first: string,
  rest: string,
  words: RegExp = /\S+/g,
): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const [word] of text.matchAll(words)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line.trimEnd());
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

function label(name: string, definition: OptionDefinitions[string]): string {
  const value = valueName(definition);
  const short = definition.short === undefined ? '' : `-${definition.short}, `;
  return `${short}--${name}${value === undefined ? '' : ` ${value}`}`;
}

/**
 * Renders the `--help` text from the same definitions the parser reads, so that a flag cannot be
 * parsed without being documented. Flags line up in one column across sections; descriptions wrap
 * under it.
 *
 * @example
 * import { renderHelp } from '@as-lifecycle/cli-kit';
 *
 * renderHelp({
 *   usage: 'Usage: as-lifecycle-mock [options]',
 *   options: { port: { type: 'integer', value: 'N', description: 'default 4010' } },
 * });
 * // 'Usage: as-lifecycle-mock [options]\n\n  --port N     default 4010\n  -h, --help   this text'
 */
export function renderHelp(help: HelpText): string {
  const width = help.width ?? 100;
  const own: HelpSection = {
    ...(help.optionsTitle === undefined ? {} : { title: help.optionsTitle }),
    options: {
      ...help.options,
      help: { type: 'boolean', short: 'h', description: 'this text' },
    },
  };
  const sections = [...(help.sections ?? []), own];
  const labels = sections.flatMap((section) =>
    Object.entries(section.options ?? {}).map(([name, definition]) => label(name, definition)),
  );
  const fitting = labels.map((text) => text.length).filter((length) => length <= widestLabel);
  const column = Math.max(0, ...fitting) + indent.length + gap;
  const blocks = [help.usage];
  for (const section of sections) {
    const lines: string[] = section.title === undefined ? [] : [`${section.title}:`];
    for (const text of section.lines ?? []) {
      lines.push(wrap(text, width, indent, `${indent}${indent}${indent}`, synopsisWords));
    }
    for (const [name, definition] of Object.entries(section.options ?? {})) {
      const head = `${indent}${label(name, definition)}`;
      const under = ' '.repeat(column);
      lines.push(
        head.length + gap > column
          ? `${head}\n${wrap(definition.description, width, under, under)}`
          : wrap(definition.description, width, head.padEnd(column), under),
      );
    }
    blocks.push(lines.join('\n'));
  }
  if (help.epilogue !== undefined) blocks.push(help.epilogue);
  return blocks.join('\n\n');
}
