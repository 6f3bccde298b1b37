/**
 * Renders `src/generated/validators.js` and its declarations: ajv's standalone code for each request
 * body and for the scenario, with the one ajv runtime helper it needs inlined, so that the module
 * imports nothing and compiles nothing at run time (it works under a strict Content-Security-Policy).
 */
import { createRequire } from 'node:module';
import type { BodyModel, Node } from '@as-lifecycle/spec/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const specId = 'https://as-lifecycle.invalid/openapi.json';
const require = createRequire(import.meta.url);

/**
 * The ajv runtime helpers the generated code may use, by the `require(…)` expression ajv emits for
 * them. Each is a self-contained function, inlined as its own source. ajv emits `ucs2length` for
 * `minLength`/`maxLength` (it counts code points, not UTF-16 units).
 */
const inlinable = ['ajv/dist/runtime/ucs2length'];

function inlineRuntime(code: string): string {
  return code.replace(/require\("([^"]+)"\)\.default/g, (expression, module: string) => {
    if (!inlinable.includes(module)) {
      throw new Error(
        `Failed to render the validators: ajv's standalone code needs ${module} at run time. Inline it in packages/msw/scripts/render-validators.ts.`,
      );
    }
    const helper = (require(module) as { default: (...args: never[]) => unknown }).default;
    if ((helper as { code?: string }).code !== expression) {
      throw new Error(`Failed to render the validators: ${module} is not the helper ajv names.`);
    }
    return `(${String(helper)})`;
  });
}

/**
 * The `date-time` format as a RegExp, which ajv inlines as a literal (a format function would be an
 * import): RFC 3339 with calendar ranges, so that every match is a date `Date.parse` reads. Two
 * simplifications: 29 February passes in every year, and leap seconds (`:60`, which `Date.parse`
 * refuses) do not.
 */
const dateTime =
  /^\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|[12]\d))t(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/** Keywords that only annotate: validators do not need them, and ajv would embed them all. */
const annotation = /^(?:description|examples|example|summary|title|\$comment|default|x-.*)$/;

/** A copy without annotations; the names under `properties` are kept whatever they are. */
function stripAnnotations(value: unknown, propertyNames = false): unknown {
  if (Array.isArray(value)) return value.map((item) => stripAnnotations(item));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!propertyNames && annotation.test(key)) continue;
    out[key] = propertyNames
      ? stripAnnotations(child)
      : stripAnnotations(child, key === 'properties');
  }
  return out;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The validators' export names: one per body operation, and `validateScenario`. */
function validatorName(operationId: string): string {
  return `validate${pascal(operationId)}`;
}

/** The source of `validators.js` and `validators.d.ts`, without banners or formatting. */
export function renderValidators(
  spec: Node,
  operations: readonly BodyModel[],
  scenarioSchema: Node & { $id: string },
): { js: string; dts: string } {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    code: { source: true, esm: true },
    formats: { 'date-time': dateTime },
  });
  ajv.addSchema(stripAnnotations(spec) as Node, specId);
  ajv.addSchema(stripAnnotations(scenarioSchema) as Node);
  const exports: Record<string, string> = {};
  for (const { operationId, schemaRef } of operations) {
    exports[validatorName(operationId)] = `${specId}${schemaRef}`;
  }
  exports.validateScenario = scenarioSchema.$id;
  const js = inlineRuntime(standaloneCode(ajv, exports));
  if (/\brequire\s*\(|\bimport\s*[({'"*]|\beval\s*\(|\bFunction\s*\(/.test(js)) {
    throw new Error(
      'Failed to render the validators: the standalone code still loads or evaluates code.',
    );
  }
  return { js, dts: renderDeclarations(operations) };
}

function renderDeclarations(operations: readonly BodyModel[]): string {
  const bodies = operations.map(
    ({ operationId, schemaRef }) =>
      `/** Validates the body of \`${operationId}\` against \`${schemaRef}\`. */\nexport declare const ${validatorName(operationId)}: Validator;`,
  );
  return `/** One error, as ajv reports it. */
export interface ValidationError {
  /** JSON pointer to the failing value, \`""\` for the body itself. */
  instancePath: string;
  /** JSON pointer to the failing keyword in the schema. */
  schemaPath: string;
  /** The JSON Schema keyword that failed. */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * A validator compiled ahead of time: \`true\` when the data is valid. Otherwise \`errors\` holds the
 * first error, preceded, for an \`anyOf\`, by the errors of its branches.
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

${bodies.join('\n\n')}

/** Validates a mock scenario against \`scenario.schema.json\`. */
export declare const validateScenario: Validator;
`;
}
