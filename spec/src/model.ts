/**
 * The typed model of the spec: operations, routes, body rules with their codes, state errors by
 * their stable id, limits and the error catalogue. Pure: it reads a parsed document and imports
 * nothing, so it runs in Node and in browsers.
 */
export {
  type BodyModel,
  bodyRuleKeys,
  type Codes,
  codeOfRule,
  type InvalidExample,
  type PropertyModel,
} from './model/bodies';
export {
  type CatalogueEntry,
  fillMessage,
  type GatewayError,
  matchesMessage,
  readCatalogue,
} from './model/catalogue';
export {
  follow,
  type Located,
  type Node,
  nodeAt,
  segment,
  unescapeSegment,
  walk,
} from './model/document';
export type { OperationModel, StateError } from './model/operations';
export {
  type RequestBodyRule,
  type Rule,
  requestBodyRules,
  ruleKey,
  ruleOfError,
  type SchemaError,
} from './model/rules';
export {
  type Decision,
  readSpecModel,
  type ServerModel,
  type SpecLimits,
  type SpecModel,
} from './model/spec-model';
