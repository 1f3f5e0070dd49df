import { describe, expect, it } from 'vitest';
import { metricsAuthorized } from './metrics-auth.js';

describe('metricsAuthorized', () => {
  const token = 's3cret-metrics-token-123';

  it('is open when no token is configured', () => {
    expect(metricsAuthorized(undefined, undefined)).toBe(true);
  });

  it('accepts exactly "Bearer <token>"', () => {
    expect(metricsAuthorized(`Bearer ${token}`, token)).toBe(true);
    expect(metricsAuthorized(`bearer ${token}`, token)).toBe(true);
  });

  it('refuses a missing, wrong, prefixed or differently sized token', () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer ', `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, token]) {
      expect(metricsAuthorized(header, token), String(header)).toBe(false);
    }
  });
});
