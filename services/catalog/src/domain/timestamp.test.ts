import { describe, expect, it } from 'vitest';
import { isPgTimestamp, toRfc3339 } from './timestamp.js';

describe('PostgreSQL timestamps', () => {
  it('converts timestamptz text to RFC 3339', () => {
    expect(toRfc3339('2026-01-02 03:04:05+00')).toBe('2026-01-02T03:04:05Z');
    expect(toRfc3339('2026-01-02 03:04:05.123456+00')).toBe('2026-01-02T03:04:05.123456Z');
    expect(toRfc3339('2026-01-02 03:04:05+05:30')).toBe('2026-01-02T03:04:05+05:30');
    expect(toRfc3339('2026-01-02 03:04:05-08')).toBe('2026-01-02T03:04:05-08:00');
  });

  it('recognises only timestamp text', () => {
    expect(isPgTimestamp('2026-01-02T03:04:05.1Z')).toBe(false);
    expect(isPgTimestamp('2026-01-02T03:04:05.1+00:00')).toBe(true);
    expect(isPgTimestamp("2026-01-02'; --")).toBe(false);
    expect(() => toRfc3339('yesterday')).toThrow();
  });
});
