/**
 * Throws "Failed to sign the request: <why>. <how to fix>." unless `ok`: `sign` was called
 * wrongly. `why` names the option, never its value, so that a misplaced secret does not show.
 */
export function signCheck(ok: unknown, why: string, fix: string): asserts ok {
  if (!ok) throw Error(`Failed to sign the request: ${why}. ${fix}.`);
}

/** The Error thrown when `verify` is called wrongly (not when a request fails verification). */
export function verifyMisuse(why: string, fix: string): Error {
  return new Error(`Failed to verify the request: ${why}. ${fix}.`);
}
