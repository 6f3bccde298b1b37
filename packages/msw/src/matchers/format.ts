/** The failure messages of the matchers: what was expected, then the closest journal entries. */
import type { JournalEntry } from '../core/journal';
import { isAsymmetric } from './partial-match';

/** The longest body a line of the message shows, in characters. */
const MAX_BODY_CHARS = 160;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** An asymmetric matcher as its runner names it: `StringMatching /^6e/`, `Any<String>`… */
function describeAsymmetric(matcher: object): string {
  const text = String(matcher);
  const sample = (matcher as { sample?: unknown }).sample;
  if (text === '[object Object]') return 'an asymmetric matcher';
  if (sample === undefined || text.includes('<')) return text;
  if (typeof sample === 'function') return `${text}<${sample.name}>`;
  return `${text} ${sample instanceof RegExp ? String(sample) : JSON.stringify(sample)}`;
}

/** An expected value in one line, JSON but for asymmetric matchers, which show unquoted. */
export function formatExpected(value: unknown): string {
  if (value === undefined) return 'undefined';
  const matchers: string[] = [];
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (!isAsymmetric(inner)) return inner === undefined ? '@@undefined@@' : inner;
    matchers.push(describeAsymmetric(inner));
    return `@@asymmetric:${matchers.length - 1}@@`;
  });
  return json
    .replace(/"@@asymmetric:(\d+)@@"/g, (_all, index: string) => matchers[Number(index)] ?? '')
    .replaceAll('"@@undefined@@"', 'undefined');
}

/** One journal entry in one line: method, path, status (and code), body. */
export function formatEntry(entry: JournalEntry): string {
  const status = entry.status === 0 ? 'network error' : String(entry.status);
  const code = entry.code === undefined ? '' : ` ${entry.code}`;
  const body =
    entry.body === undefined ? '' : ` ${clip(JSON.stringify(entry.body), MAX_BODY_CHARS)}`;
  return `${entry.method} ${entry.path} → ${status}${code}${body}`;
}

/** Entries as indented lines, or a line saying there are none. */
export function formatEntries(entries: readonly JournalEntry[], none: string): string {
  return entries.length === 0 ? `  ${none}` : entries.map((e) => `  ${formatEntry(e)}`).join('\n');
}

/** "3 requests" / "1 request". */
export function requestCount(count: number): string {
  return `${count} request${count === 1 ? '' : 's'}`;
}
