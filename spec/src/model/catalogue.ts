/** Reading `x-as-error-catalogue`: each code's status, the provider's messages and their placeholders. */
import type { Node } from './document';

/** A code of `x-as-error-catalogue`: its HTTP status, the provider's message and the body shape. */
export interface CatalogueEntry {
  readonly status: number;
  /** The provider's message, verbatim; each `%s` is filled as `placeholders` says. */
  readonly message: string;
  /** `as`: `{"error": {"code", "message"}}`; `gateway`: the API gateway's flat body. */
  readonly shape: 'as' | 'gateway';
  /** Other messages the provider publishes for the same code, by cause (`token-missing`…). */
  readonly messages: Readonly<Record<string, string>>;
  /** What fills each `%s` of the messages, in order. */
  readonly placeholders: readonly string[];
  /** The page the message is copied from. */
  readonly source?: string;
  /** The choice this project made where the provider's page is wrong or silent. */
  readonly decision?: string;
}

/** A failure of a security scheme that the API gateway answers: its code and the message's cause. */
export interface GatewayError {
  readonly code: string;
  readonly cause: string;
}

const PLACEHOLDER = /%s/g;
const STRAY_PERCENT = /%(?!s)/;

const fail = (code: string, what: string): never => {
  throw new Error(`Failed to read x-as-error-catalogue: ${code} ${what}. Fix it in openapi.yaml.`);
};

const count = (message: string) => message.match(PLACEHOLDER)?.length ?? 0;

/** One entry, checked: a status, a message and well-formed placeholders. */
function readEntry(code: string, raw: Node): CatalogueEntry {
  const status = raw.status;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
    fail(code, 'needs an HTTP error status (400 to 599)');
  }
  if (typeof raw.message !== 'string' || raw.message.trim() === '') fail(code, 'needs a message');
  const message = raw.message as string;
  const messages = (raw.messages ?? {}) as Record<string, unknown>;
  const placeholders = (raw.placeholders ?? []) as unknown[];
  if (!Array.isArray(placeholders) || placeholders.some((p) => typeof p !== 'string' || !p)) {
    fail(code, 'placeholders must be a list of non-empty descriptions');
  }
  for (const text of [message, ...Object.values(messages)]) {
    if (typeof text !== 'string' || text.trim() === '') fail(code, 'has an empty message');
    if (STRAY_PERCENT.test(text as string)) fail(code, `has a "%" that is not "%s": "${text}"`);
    if (count(text as string) !== placeholders.length) {
      fail(
        code,
        `says what fills ${placeholders.length} "%s", but "${text}" has ${count(text as string)}`,
      );
    }
  }
  const source = typeof raw.source === 'string' ? raw.source : undefined;
  const decision = typeof raw['x-as-decision'] === 'string' ? raw['x-as-decision'] : undefined;
  return {
    status: status as number,
    message,
    shape: raw.shape === 'gateway' ? 'gateway' : 'as',
    messages: messages as Record<string, string>,
    placeholders: placeholders as string[],
    ...(source ? { source } : {}),
    ...(decision ? { decision } : {}),
  };
}

/**
 * Every entry of `x-as-error-catalogue`, checked. Throws, naming the code, for an entry without a
 * status or message, or whose `%s` do not match its `placeholders`.
 *
 * @example
 * import { readCatalogue } from '@as-lifecycle/spec/model';
 *
 * readCatalogue({
 *   'AS.0001': { status: 500, message: 'System error.', source: 'https://example.com' },
 * })['AS.0001']?.shape; // 'as'
 */
export function readCatalogue(raw: Readonly<Record<string, Node>>): Record<string, CatalogueEntry> {
  return Object.fromEntries(
    Object.entries(raw).map(([code, entry]) => [code, readEntry(code, entry)]),
  );
}

/**
 * The provider's message of an entry, for a cause (else the default message), each `%s` filled by
 * `fill` in order. Throws when `fill` does not give one value per placeholder, or the cause is
 * unknown.
 *
 * @example
 * import { fillMessage } from '@as-lifecycle/spec/model';
 *
 * const entry = {
 *   status: 404,
 *   message: 'The requested resource [%s] could not be found.',
 *   shape: 'as',
 *   messages: {},
 *   placeholders: ['the hook name'],
 * } as const;
 * fillMessage(entry, { fill: ['test-hook1'] });
 * // 'The requested resource [test-hook1] could not be found.'
 */
export function fillMessage(
  entry: CatalogueEntry,
  options: { cause?: string; fill?: readonly string[] } = {},
): string {
  const { cause, fill = [] } = options;
  const message = cause === undefined ? entry.message : entry.messages[cause];
  if (message === undefined) {
    throw new Error(
      `Failed to find the message of cause "${cause}"; give one of: ${Object.keys(entry.messages).join(', ') || '(none)'}.`,
    );
  }
  if (fill.length !== entry.placeholders.length) {
    throw new Error(
      `Failed to fill "${message}": give ${entry.placeholders.length} value(s) (${entry.placeholders.join('; ') || 'none'}), not ${fill.length}.`,
    );
  }
  let index = 0;
  return message.replace(PLACEHOLDER, () => fill[index++] as string);
}

/**
 * Whether `text` is one of the entry's messages (its own, or one of a cause's) with each `%s`
 * filled by some text of one line: how a check judges a message whose fill it cannot know.
 *
 * @example
 * import { matchesMessage } from '@as-lifecycle/spec/model';
 *
 * const entry = {
 *   status: 404,
 *   message: 'The requested resource [%s] could not be found.',
 *   shape: 'as',
 *   messages: {},
 *   placeholders: ['the hook name'],
 * } as const;
 * matchesMessage(entry, 'The requested resource [test-hook1] could not be found.'); // true
 * matchesMessage(entry, 'The requested resource [%s] could not be found.'); // false
 */
export function matchesMessage(entry: CatalogueEntry, text: string): boolean {
  return [entry.message, ...Object.values(entry.messages)].some((message) =>
    new RegExp(
      `^${message
        .split('%s')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(?!%s)[^\\n]+?')}$`,
    ).test(text),
  );
}
