/**
 * The request-body rules of the spec, read through its model: for each operation with a body, its
 * properties and their JSON-Schema keywords, the AS code `x-as-error-codes` gives each rule, and an
 * oracle naming the rules a value breaks (the suite's own Ajv over the spec). The bodies generated from them are
 * in `body-arbitraries.ts`.
 */
import {
  type BodyModel,
  codeOfRule as codeIn,
  type PropertyModel,
  type Rule,
  ruleKey,
  bodyRuleKeys as ruleKeysOf,
  ruleOfError,
} from '@as-lifecycle/spec/model';
import { model, validatorAt } from './spec-document';

export { type Rule, ruleKey } from '@as-lifecycle/spec/model';

/** What the spec says about one property of a body. */
export type PropertySpec = PropertyModel;

/** What the spec says about the body of one operation. */
export type BodySpec = BodyModel;

/** Every operation with a body, by id. */
export const bodySpecs: Readonly<Record<string, BodySpec>> = model.bodies;

/** The spec of an operation's body; throws for an operation without one. */
export const bodyOf = (operationId: string): BodySpec => model.body(operationId);

/**
 * The rules a value breaks, by the spec's schema (every error, not only the first). A value of the
 * wrong type breaks its `type` rule only: its other keywords (such as `enum`) fail with it.
 */
export function brokenRules(operationId: string, value: unknown): Rule[] {
  const validate = validatorAt(bodyOf(operationId).pointer);
  if (validate(value)) return [];
  const rules = new Map<string, Rule>();
  for (const error of validate.errors ?? []) {
    const rule = ruleOfError(error);
    if (rule === undefined) continue;
    rules.set(ruleKey(rule), rule);
  }
  const typed = new Set([...rules.values()].filter((r) => r.rule === 'type').map((r) => r.field));
  return [...rules.values()].filter((r) => r.rule === 'type' || !typed.has(r.field));
}

/** The AS code the spec assigns to a rule of an operation's body; throws when it assigns none. */
export function codeOfRule(operationId: string, rule: Rule): string {
  const code = codeIn(bodyOf(operationId), rule);
  if (code === undefined) {
    throw new Error(
      `The spec assigns no code to ${operationId} ${rule.field ?? 'body'} ${rule.rule}.`,
    );
  }
  return code;
}

/**
 * Every rule of an operation's body, as `Case` names them: the request-body rules (`empty`,
 * `syntax`, `mediaType`), the schema's own (`body.type`), each property's keywords (`name.pattern`)
 * and `name.required` for a required one.
 */
export const bodyRuleKeys = (operationId: string): string[] => ruleKeysOf(bodyOf(operationId));

/** The rules a property value breaks, by the property's own schema. */
export function propertyBreaks(property: PropertySpec, value: unknown): string[] {
  const validate = validatorAt(property.pointer);
  if (validate(value)) return [];
  const keywords = [...new Set((validate.errors ?? []).map((e) => e.keyword))];
  return keywords.includes('type') ? ['type'] : keywords;
}
