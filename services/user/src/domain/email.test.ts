import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './email.js';

describe('normaliseEmail', () => {
  it('gives one form per address', () => {
    expect(normaliseEmail('  Ann.Lee+shop@Example.COM ')).toBe('ann.lee+shop@example.com');
    expect(normaliseEmail('e\u0301mile@example.com')).toBe('\u00e9mile@example.com');
  });

  it.each([
    ['', /Enter your email/],
    ['   ', /Enter your email/],
    ['no-at-sign', /valid email/],
    ['a@b', /valid email/],
    ['a b@example.com', /valid email/],
    ['a@@example.com', /valid email/],
    ['a\u0000@example.com', /valid email/],
    [`${'a'.repeat(65)}@example.com`, /valid email/],
    [`a@${'b'.repeat(250)}.com`, /at most 254/],
  ])('refuses %j with a field error', (raw, message) => {
    expect(() => normaliseEmail(raw)).toThrow(message);
    try {
      normaliseEmail(raw);
    } catch (error) {
      expect(error).toMatchObject({ kind: 'INVALID_ARGUMENT', field: 'email' });
    }
  });
});
