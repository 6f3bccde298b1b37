/**
 * A request as a command to paste into a shell: `curl` with its method, URL, headers and body,
 * credentials replaced by placeholders so that a report never carries a secret.
 */
import type { SentRequest } from './exchange';

/** Headers whose values are secrets: shown as placeholders. */
const secretHeaders = new Set(['authorization', 'x-auth-token', 'x-security-token']);

/** Quotes text for a POSIX shell. */
const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * The request as a `curl` command, secrets redacted.
 *
 * @example
 * import { reproduction } from '@as-lifecycle/contract/runner';
 *
 * reproduction({
 *   method: 'PUT',
 *   url: 'http://127.0.0.1:4010/autoscaling-api/v1/p/scaling_instance_hook/g/callback',
 *   headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'MIIE…' },
 *   body: '{"lifecycle_action_result":"CONTINUE"}',
 * });
 * // curl -sS -i -X PUT 'http://127.0.0.1:4010/…/callback' -H 'Content-Type: application/json'
 * //   -H 'X-Auth-Token: <x-auth-token redacted>' --data-raw '{"lifecycle_action_result":"CONTINUE"}'
 */
export function reproduction(request: SentRequest): string {
  const parts = [`curl -sS -i -X ${request.method}`, quote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) {
    const shown = secretHeaders.has(name.toLowerCase())
      ? `<${name.toLowerCase()} redacted>`
      : value;
    parts.push(`-H ${quote(`${name}: ${shown}`)}`);
  }
  if (request.body !== undefined) {
    // curl sends a body as a form unless told otherwise: `Content-Type:` sends no Content-Type.
    const typed = Object.keys(request.headers).some(
      (name) => name.toLowerCase() === 'content-type',
    );
    if (!typed) parts.push(`-H ${quote('Content-Type:')}`);
    parts.push(`--data-raw ${quote(request.body)}`);
  }
  return parts.join(' ');
}

/** Whether a header's value is a secret the reports must not show. */
export const isSecretHeader = (name: string) => secretHeaders.has(name.toLowerCase());
