/**
 * An error's message with its causes: undici says only "fetch failed" and puts why in `cause`.
 *
 * @example
 * describeError(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
 * // 'fetch failed: connect ECONNREFUSED 127.0.0.1:9'
 */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 4; depth += 1) {
    messages.push((e as Error).message ?? String(e));
    e = (e as Error).cause;
  }
  return messages.join(': ');
}
