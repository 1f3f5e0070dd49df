import { describe, expect, it } from 'vitest';
import { isPgTimestamp, toRfc3339 } from './pg-timestamp.js';

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

  it('rejects well-formed but impossible timestamps PostgreSQL would refuse', () => {
    for (const bad of [
      '2026-13-01 00:00:00+00',
      '2026-00-10 00:00:00+00',
      '2026-02-29 00:00:00+00',
      '2026-04-31 00:00:00+00',
      '2026-01-00 00:00:00+00',
      '0000-01-01 00:00:00+00',
      '2026-01-02 24:00:00+00',
      '2026-01-02 23:60:00+00',
      '2026-01-02 23:59:60+00',
      '2026-01-02 03:04:05+16',
      '2026-01-02 03:04:05+05:60',
      '9999-99-99 99:99:99+99',
    ]) {
      expect(isPgTimestamp(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29 23:59:59.999999+00', '0001-01-01 00:00:00+00', '9999-12-31 00:00:00-15:59:59']) {
      expect(isPgTimestamp(good), good).toBe(true);
    }
  });
});
