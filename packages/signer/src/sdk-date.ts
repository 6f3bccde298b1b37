const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** A date as `X-Sdk-Date` carries it: `YYYYMMDDTHHMMSSZ`, UTC, whole seconds. */
export function formatSdkDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The date an `X-Sdk-Date` value names, or `undefined` when it is not a real `YYYYMMDDTHHMMSSZ`. */
export function parseSdkDate(value: string): Date | undefined {
  const match = SDK_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day, hour, minute, second));
  // Date.UTC rolls 20060231 over to March; a value that does not survive the round trip is not real.
  return formatSdkDate(date) === value ? date : undefined;
}
