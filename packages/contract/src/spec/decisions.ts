/**
 * The rules of the spec that are this project's choices, not the provider's: every node that
 * carries `x-as-decision`, by its JSON pointer. A check, or a response rule, that relies on one
 * names it, so that the live profile can tell a real service breaking our choice (a deviation)
 * from one breaking the provider's documented contract (a failure).
 */
import { model, operation, resolve } from './spec-document';

/**
 * A choice of this project the provider does not document: where the spec records it, and why.
 *
 * @example
 * import type { Decision } from '@as-lifecycle/contract/runner';
 *
 * const line = ({ pointer, text }: Decision) => `${pointer}: ${text}`;
 */
export interface Decision {
  /** The JSON pointer of the spec node that carries `x-as-decision`. */
  pointer: string;
  /** The `x-as-decision` text: what we chose and why. */
  text: string;
}

/** Every `x-as-decision` of the spec (the spec model's `decisions`), by the pointer of its node. */
export const decisions: ReadonlyMap<string, string> = new Map(
  model.decisions.map(({ pointer, text }) => [pointer, text]),
);

/** The decision at a pointer, if the node there carries one. */
export function decisionOf(pointer: string): Decision | undefined {
  const bare = pointer.replace(/^#/, '');
  const text = decisions.get(bare);
  return text === undefined ? undefined : { pointer: bare, text };
}

/**
 * The decision a check names by pointer; throws when the spec records none there, so that a check
 * never calls a rule ours that the spec does not mark as ours.
 *
 * @example
 * decisionAt('/components/headers/XRequestId').text; // 'the provider\'s reference does not list response headers…'
 */
export function decisionAt(pointer: string): Decision {
  const found = decisionOf(pointer);
  if (!found) {
    throw new Error(
      `The spec has no x-as-decision at ${pointer}. Name a pointer from the spec's decisions, or mark the rule in openapi.yaml.`,
    );
  }
  return found;
}

/** The pointer of an operation's `x-as-errors` entry, by its id; throws for an id the spec lacks. */
export function stateErrorPointer(operationId: string, id: string): string {
  const op = operation(operationId);
  const index = op.stateErrors.findIndex((error) => error.id === id);
  if (index < 0)
    throw new Error(`The spec gives ${operationId} no x-as-errors entry with id "${id}".`);
  return `${op.pointer}/x-as-errors/${index}`;
}

/**
 * A state error of an operation: its code, and the decision it relies on when the code (or the
 * case) is our choice.
 *
 * @example
 * stateRule('callbackLifecycleHook', 'target-not-hanging');
 * // { code: 'AS.7042', decision: { pointer: '/paths/…/put/x-as-errors/1', text: 'the provider documents AS.7042 only…' } }
 */
export function stateRule(
  operationId: string,
  id: string,
): { code: string; decision: Decision | undefined } {
  return {
    code: model.stateCode(operationId, id),
    decision: decisionOf(stateErrorPointer(operationId, id)),
  };
}

/** The decision on an operation's parameter (its own, or the path item's), if it carries one. */
export function parameterDecision(operationId: string, name: string): Decision | undefined {
  const op = operation(operationId);
  const pathItem = op.pointer.replace(/\/[^/]+$/, '');
  for (const owner of [op.pointer, pathItem]) {
    const list = resolve(owner).parameters;
    if (!Array.isArray(list)) continue;
    for (const [index, raw] of (list as Record<string, unknown>[]).entries()) {
      const { node, pointer } = model.follow(raw, `${owner}/parameters/${index}`);
      if (node.name === name) return decisionOf(pointer) ?? decisionOf(`${pointer}/schema`);
    }
  }
  return undefined;
}

/**
 * The decision a body rule rests on: on the property (its code, as `notification_topic_urn`'s
 * AS.7043), else on the schema it `$ref`s (its pattern, as the topic URN's); for a schema keyword
 * of the whole body (its type), on the body's schema.
 *
 * @example
 * ruleDecision('createLifecycleHook', { field: 'notification_topic_urn', rule: 'pattern' })?.pointer;
 * // '/components/schemas/CreateLifecycleHookBody/properties/notification_topic_urn'
 */
export function ruleDecision(
  operationId: string,
  rule: { field?: string | undefined; rule: string },
): Decision | undefined {
  const body = model.body(operationId);
  if (rule.field === undefined) {
    // The request body's own rules (empty, syntax, media type) are the provider's codes; a schema
    // keyword of the whole body (its type) may be ours.
    return ['empty', 'syntax', 'mediaType'].includes(rule.rule)
      ? undefined
      : decisionOf(body.pointer);
  }
  const property = body.properties.find((p) => p.name === rule.field);
  if (!property) return undefined;
  return (
    decisionOf(property.pointer) ??
    decisionOf(model.follow(resolve(property.pointer), property.pointer).pointer)
  );
}
