import { describe, expect, it } from 'vitest';
import { refreshDelay } from './refresh-delay.js';

const now = Date.parse('2026-12-01T12:00:00Z');
const inSeconds = (s: number) => new Date(now + s * 1000).toISOString();

describe('refreshDelay', () => {
  it('is the margin before expiry', () => {
    expect(refreshDelay(inSeconds(900), now)).toBe(870_000);
    expect(refreshDelay(inSeconds(900), now, 60_000)).toBe(840_000);
  });

  it('is undefined for tokens too short-lived, expired, or without a readable expiry', () => {
    expect(refreshDelay(inSeconds(30), now)).toBeUndefined();
    expect(refreshDelay(inSeconds(-5), now)).toBeUndefined();
    expect(refreshDelay(null, now)).toBeUndefined();
    expect(refreshDelay('soon', now)).toBeUndefined();
  });

  it('never exceeds what setTimeout can wait', () => {
    expect(refreshDelay(inSeconds(60 * 86_400), now)).toBe(2 ** 31 - 1);
  });
});
