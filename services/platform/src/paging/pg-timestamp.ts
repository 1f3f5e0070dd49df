// PostgreSQL prints timestamptz as `2026-01-02 03:04:05.123456+00` (DateStyle ISO). The service
// keeps that text (microseconds intact) for page tokens and converts it to RFC 3339 for the wire.
const pgTimestamp = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(?::?(\d{2}))?(?::\d{2})?$/;

const parts = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::?(\d{2}))?(?::(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when `value` is a PostgreSQL/RFC 3339 timestamp with offset that PostgreSQL accepts:
 * well-formed AND in range (year ≥ 1, a real calendar day, 23:59:59 at most, offset within
 * ±15:59:59). A forged page token with month 13 or 25:61 is then a bad token, not a query error.
 */
export function isPgTimestamp(value: string): boolean {
  const match = parts.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes = 0, offsetSeconds = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth(year!, month!) &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 15 &&
    offsetMinutes <= 59 &&
    offsetSeconds <= 59
  );
}

const fastShape = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\+00$/;

/** Converts PostgreSQL timestamptz text to RFC 3339 (`Z` for UTC). */
export function toRfc3339(value: string): string {
  // Fast path for what a UTC session prints (`YYYY-MM-DD hh:mm:ss[.ffffff]+00`), per product row.
  if (value.length >= 22 && value.length <= 29 && value.charCodeAt(10) === 32 && value.endsWith('+00') && fastShape.test(value)) {
    return `${value.slice(0, 10)}T${value.slice(11, -3)}Z`;
  }
  const match = pgTimestamp.exec(value);
  if (!match) throw new Error(`not a PostgreSQL timestamp: ${value}`);
  const [, date, time, hours, minutes = '00'] = match;
  const offset = hours === '+00' && minutes === '00' ? 'Z' : `${hours}:${minutes}`;
  return `${date}T${time}${offset}`;
}
