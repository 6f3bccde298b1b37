/** JSON equality regardless of key order, and the fields of one object that differ in another. */

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value;

/** Whether two JSON values are equal, key order aside. */
export const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The fields of `expected` that `actual` does not have equal, as `name: expected → actual`. */
export function differences(expected: Record<string, unknown>, actual: unknown): string[] {
  const got = (typeof actual === 'object' && actual !== null ? actual : {}) as Record<
    string,
    unknown
  >;
  return Object.entries(expected)
    .filter(([key, value]) => !sameJson(value, got[key]))
    .map(
      ([key, value]) => `${key}: sent ${JSON.stringify(value)}, got ${JSON.stringify(got[key])}`,
    );
}
