/** Loads the spec the package ships, in Node: the parsed `openapi.yaml` and its model. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Node } from './model/document';
import { readSpecModel, type SpecModel } from './model/spec-model';

/** The path of the package's `openapi.yaml`. */
export const specPath: string = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/**
 * The text of `openapi.yaml`, read once.
 *
 * @example
 * import { loadSpecText } from '@as-lifecycle/spec/load';
 * loadSpecText().startsWith('openapi: 3.1'); // true
 */
export function loadSpecText(): string {
  text ??= readFileSync(specPath, 'utf8');
  return text;
}
let text: string | undefined;

/**
 * The parsed `openapi.yaml` (a fresh copy each call: mutate it freely).
 *
 * @example
 * import { loadSpecDocument } from '@as-lifecycle/spec/load';
 * Object.keys(loadSpecDocument().paths as object).length; // 5
 */
export const loadSpecDocument = (): Node => parse(loadSpecText()) as Node;

/**
 * The model of the package's spec, read once.
 *
 * @example
 * import { loadSpecModel } from '@as-lifecycle/spec/load';
 * loadSpecModel().limits.extendSeconds; // 3600
 */
export function loadSpecModel(): SpecModel {
  model ??= readSpecModel(loadSpecDocument());
  return model;
}
let model: SpecModel | undefined;
