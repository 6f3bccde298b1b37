/**
 * Throws "Failed to <do X>: <why>. <how to fix>." unless `ok`: the function was called wrongly.
 * `why` names the option, never its value, so that a misplaced secret does not show.
 */
export type MisuseCheck = (ok: unknown, why: string, fix: string) => asserts ok;

/** The misuse check of `sign`: "Failed to sign the request: <why>. <how to fix>.". */
export const signCheck: MisuseCheck = (ok, why, fix) => {
  if (!ok) throw Error(`Failed to sign the request: ${why}. ${fix}.`);
};

/**
 * The misuse check of `verify`: "Failed to verify the request: <why>. <how to fix>.". Misuse only;
 * a request that fails verification is a value, not a throw.
 */
export const verifyCheck: MisuseCheck = (ok, why, fix) => {
  if (!ok) throw Error(`Failed to verify the request: ${why}. ${fix}.`);
};
