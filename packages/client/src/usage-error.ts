/**
 * A call the client refuses before sending anything, because it cannot be right: the message says
 * how to fix it. Thrown (never returned), like any misuse.
 *
 * @example
 * await client.callbackLifecycleHook({ scaling_group_id: groupId, body: { lifecycle_action_result: 'CONTINUE' } as never });
 * // throws ClientUsageError: Failed to call back the lifecycle hook: the body names no target. …
 */
export class ClientUsageError extends TypeError {
  override readonly name = 'ClientUsageError';
}

/** A non-empty string. */
export const filled = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

/** The fields of an object, or none of anything else (`null`, a string, a number). */
export const fieldsOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** "Failed to <what>: <why>. <fix>." as a `ClientUsageError`. */
export const misuse = (what: string, why: string, fix: string) =>
  new ClientUsageError(`Failed to ${what}: ${why}. ${fix}.`);

/** The `what` of every misuse in the client's options: "Failed to create the client: …". */
export const CREATE = 'create the client';
