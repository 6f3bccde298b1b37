/** The request journal: what the mock was asked and what it answered, newest last, bounded. */
import type { AsErrorCode, OperationId } from '@as-lifecycle/types';
import { nestsDeeperThan } from './json-depth';

/** The largest body the journal keeps, in characters of its text. */
export const MAX_JOURNAL_BODY = 8192;

/** How deeply a body the journal keeps may nest: deeper ones could not be copied out again. */
export const MAX_JOURNAL_DEPTH = 32;

/**
 * What the journal keeps of a request body: the parsed body, or for one over 8 KiB or nested over
 * 32 levels (an ignored field can hold anything) `{ truncated: true, bytes }`, so that the journal
 * neither grows with what clients send nor fails to copy what it kept.
 *
 * @example
 * journalBody(text, JSON.parse(text));
 */
export function journalBody(text: string, body: Record<string, unknown>): Record<string, unknown> {
  return text.length <= MAX_JOURNAL_BODY && !nestsDeeperThan(body, MAX_JOURNAL_DEPTH)
    ? body
    : { truncated: true, bytes: text.length };
}

export interface JournalEntry {
  /** The mock clock's instant when the request arrived. */
  at: string;
  operationId: OperationId;
  method: string;
  /** Path and query as received. */
  path: string;
  /** Path and query parameters, decoded. */
  params: Record<string, string>;
  /** The validated JSON body, for the operations that take one (see `journalBody` for its bounds). */
  body: Record<string, unknown> | undefined;
  /** 0 when a fault failed the request at the network level. */
  status: number;
  /** The provider code answered, for errors. */
  code: AsErrorCode | undefined;
}

export class Journal {
  readonly #entries: JournalEntry[] = [];
  readonly #limit: number;

  /** Keeps the last `limit` entries (default 1000), so a long run does not grow without bound. */
  constructor(limit = 1000) {
    this.#limit = limit;
  }

  add(entry: JournalEntry): void {
    this.#entries.push(entry);
    // Trimmed only at twice the limit, so that adding costs O(1) amortised, not a shift per request.
    if (this.#entries.length >= 2 * this.#limit) {
      this.#entries.splice(0, this.#entries.length - this.#limit);
    }
  }

  /** A copy of the last `limit` entries, oldest first. */
  entries(): JournalEntry[] {
    return structuredClone(this.#entries.slice(-this.#limit));
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
