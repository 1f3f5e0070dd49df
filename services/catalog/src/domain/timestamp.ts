// PostgreSQL prints timestamptz as `2026-01-02 03:04:05.123456+00` (DateStyle ISO). The service
// keeps that text (microseconds intact) for page tokens and converts it to RFC 3339 for the wire.
const pgTimestamp = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::?(\d{2}))?(?::\d{2})?$/;

/** True when `value` looks like a PostgreSQL/RFC 3339 timestamp with offset. */
export function isPgTimestamp(value: string): boolean {
  return pgTimestamp.test(value);
}

/** Converts PostgreSQL timestamptz text to RFC 3339 (`Z` for UTC). */
export function toRfc3339(value: string): string {
  const match = pgTimestamp.exec(value);
  if (!match) throw new Error(`not a PostgreSQL timestamp: ${value}`);
  const [, date, time, hours, minutes = '00'] = match;
  const offset = hours === '+00' && minutes === '00' ? 'Z' : `${hours}:${minutes}`;
  return `${date}T${time}${offset}`;
}
