/**
 * A small schema language for the control plane's JSON: each schema checks a parsed value (one-line
 * messages naming the field, as `scale_out must be a number`), gives its TypeScript type
 * (`Infer`, and `Wire` for the JSON as written), and describes itself as JSON Schema for
 * `control-plane.schema.json`. Nothing else: the controller checks values (bounds, ids, instants).
 */

/** A JSON Schema object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A control body that breaks its schema; the message is one line that says how to fix it. */
export class ControlBodyError extends Error {
  override readonly name = 'ControlBodyError';
}

/** A schema: `check` answers the value as `T`, or throws `ControlBodyError`; `json` describes it. */
export interface Schema<T, W = T> {
  /** `at`: where the value is (`scale_in[2]`), or undefined for a whole body. */
  check(value: unknown, at?: string): T;
  readonly json: JsonSchema;
  /** Type-level only: the value once checked, and as written in JSON. */
  readonly '~types'?: { value: T; wire: W };
}

/** The type a schema checks to. */
export type Infer<S> = S extends Schema<infer T, infer _W> ? T : never;
/** The type of the JSON a schema accepts, in its own field names. */
export type Wire<S> = S extends Schema<infer _T, infer W> ? W : never;

const where = (at: string | undefined) => at ?? 'the body';
const refuse = (message: string): never => {
  throw new ControlBodyError(message);
};

/** A string; `nonEmpty` refuses `''` as missing. */
export const string = (description: string, options: { nonEmpty?: true } = {}): Schema<string> => ({
  check: (value, at) => {
    if (typeof value !== 'string') return refuse(`${where(at)} must be a string`);
    if (options.nonEmpty && value === '') return refuse(`${where(at)} is required`);
    return value;
  },
  json: { type: 'string', description, ...(options.nonEmpty ? { minLength: 1 } : {}) },
});

/**
 * A JSON number; with `range`, a whole number within it, refused in the body's own words (so that
 * `delay_ms`, not the controller's `delayMs`, is named).
 */
export const number = (
  description: string,
  range?: { min: number; max: number },
): Schema<number> => ({
  check: (value, at) => {
    if (typeof value !== 'number') return refuse(`${where(at)} must be a number`);
    if (range && !(Number.isInteger(value) && value >= range.min && value <= range.max)) {
      return refuse(`${where(at)} must be a whole number from ${range.min} to ${range.max}`);
    }
    return value;
  },
  json: range
    ? { type: 'integer', minimum: range.min, maximum: range.max, description }
    : { type: 'number', description },
});

/** `true` or `false`. */
export const boolean = (description: string): Schema<boolean> => ({
  check: (value, at) =>
    typeof value === 'boolean' ? value : refuse(`${where(at)} must be true or false`),
  json: { type: 'boolean', description },
});

/** One of a few constants. */
export const oneOf = <const V extends readonly (string | boolean)[]>(
  values: V,
  description: string,
): Schema<V[number]> => ({
  check: (value, at) =>
    values.includes(value as V[number])
      ? (value as V[number])
      : refuse(`${where(at)} must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`),
  json: values.length === 1 ? { const: values[0], description } : { enum: values, description },
});

/** An array of `item`s. */
export const arrayOf = <T, W>(item: Schema<T, W>, description: string): Schema<T[], W[]> => ({
  check: (value, at) =>
    Array.isArray(value)
      ? value.map((entry, i) => item.check(entry, `${where(at)}[${i}]`))
      : refuse(`${where(at)} must be an array`),
  json: { type: 'array', description, items: item.json },
});

/** Any JSON, unchecked: for a value described elsewhere (`json`), typed as `T` here. */
export const described = <T>(json: JsonSchema): Schema<T, T> => ({
  check: (value) => value as T,
  json,
});

/** A field of an object: optional or not, and the name it takes once checked (`as`). */
export type Field = Schema<unknown, unknown> & {
  readonly optional?: true;
  readonly as?: string | undefined;
};

/** A field that may be left out; `as` renames it once checked (`delay_ms` → `delayMs`). */
export const optional = <T, W, const A extends string | undefined = undefined>(
  schema: Schema<T, W>,
  as?: A,
): Schema<T, W> & { readonly optional: true; readonly as: A } => ({
  ...schema,
  optional: true,
  as: as as A,
});

type Fields = Readonly<Record<string, Field>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type NameOf<F extends Fields, K extends keyof F> = F[K] extends { as: infer A extends string }
  ? A
  : K;
type Shape<F extends Fields, K extends keyof F, Renamed extends boolean> = {
  -readonly [P in K as F[P] extends { optional: true }
    ? never
    : Renamed extends true
      ? NameOf<F, P>
      : P]: [Renamed] extends [true] ? Infer<F[P]> : Wire<F[P]>;
} & {
  -readonly [P in K as F[P] extends { optional: true }
    ? Renamed extends true
      ? NameOf<F, P>
      : P
    : never]?: [Renamed] extends [true] ? Infer<F[P]> : Wire<F[P]>;
};
/** Exactly one of the keys `C`, each then required and the others absent. */
type Choice<F extends Fields, C extends keyof F, Renamed extends boolean> = [C] extends [never]
  ? unknown
  : {
      [P in C]: {
        -readonly [Q in P as Renamed extends true ? NameOf<F, Q> : Q]-?: [Renamed] extends [true]
          ? Infer<F[Q]>
          : Wire<F[Q]>;
      } & { -readonly [Q in Exclude<C, P> as Renamed extends true ? NameOf<F, Q> : Q]?: never };
    }[C];
type ObjectOf<F extends Fields, C extends keyof F, Renamed extends boolean> = Simplify<
  Shape<F, Exclude<keyof F, C>, Renamed>
> &
  Choice<F, C, Renamed>;

/** How an object is checked besides its fields. */
export interface ObjectOptions<C extends string> {
  /** What the whole body is called in a message: `the scale request must be a JSON object`. */
  title: string;
  description: string;
  /** Fields of which exactly one must be given, and the message when none or several are. */
  exactlyOne?: { keys: readonly C[]; message: string };
  /** Fields it does not name: `'ignored'` (left out of the checked value) or `'refused'`. */
  unknown: 'ignored' | 'refused';
}

const given = (body: Record<string, unknown>, key: string) =>
  Object.hasOwn(body, key) && body[key] !== undefined;

/**
 * A JSON object of `fields`. The checked value is a new object with only those fields (renamed by
 * `as`): fields first, in order, then the choice of `exactlyOne`, then the chosen field.
 */
export function object<const F extends Fields, const C extends keyof F & string = never>(
  fields: F,
  options: ObjectOptions<C>,
): Schema<ObjectOf<F, C, true>, ObjectOf<F, C, false>> {
  const choice: readonly string[] = options.exactlyOne?.keys ?? [];
  const entries = Object.entries(fields);
  const checkField = (
    body: Record<string, unknown>,
    out: Record<string, unknown>,
    key: string,
    field: Field,
    at: string | undefined,
  ) => {
    const path = at === undefined ? key : `${at}.${key}`;
    if (!given(body, key)) {
      if (!field.optional) refuse(`${path} is required`);
      return;
    }
    out[field.as ?? key] = field.check(body[key], path);
  };
  return {
    check(value, at) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return refuse(`${at ?? options.title} must be a JSON object`);
      }
      const body = value as Record<string, unknown>;
      if (options.unknown === 'refused') {
        const extra = Object.keys(body).find((key) => !Object.hasOwn(fields, key));
        if (extra !== undefined) refuse(`${extra} is not a field of ${options.title}`);
      }
      const out: Record<string, unknown> = {};
      for (const [key, field] of entries) {
        if (!choice.includes(key)) checkField(body, out, key, field, at);
      }
      if (options.exactlyOne) {
        const chosen = choice.filter((key) => given(body, key));
        const [key] = chosen;
        if (chosen.length !== 1 || key === undefined) return refuse(options.exactlyOne.message);
        checkField(body, out, key, fields[key] as Field, at);
      }
      return out as ObjectOf<F, C, true>;
    },
    json: {
      type: 'object',
      description: options.description,
      required: entries.filter(([, field]) => !field.optional).map(([key]) => key),
      properties: Object.fromEntries(entries.map(([key, field]) => [key, field.json])),
      ...(options.exactlyOne
        ? {
            oneOf: options.exactlyOne.keys.map((key) => ({
              required: [key],
              properties: { [key]: true },
            })),
          }
        : {}),
      additionalProperties: options.unknown === 'ignored',
    },
  };
}
