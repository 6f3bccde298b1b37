/** The README's scenario and a few helpers for the mock's tests. */
import { base, readmeScenario } from '@as-lifecycle/test-kit';
import type { Scenario } from '../src/core/scenario-schema';

export { base, ids, topic } from '@as-lifecycle/test-kit';

/** The scenario of the README (one launching hook, one instance held). */
export const scenario: Scenario = readmeScenario;

/** A JSON request through a mock's fetch: answers status, the parsed body and the headers. */
export async function call(
  fetch: (input: string, init?: RequestInit) => Promise<Response>,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}
