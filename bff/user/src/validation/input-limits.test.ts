import { describe, expect, it } from 'vitest';
import { checkFirst, checkInput, withinLimit } from './input-limits.js';

describe('input limits', () => {
  it('names the GraphQL field of an oversized value', () => {
    expect(() => withinLimit('displayName', 'x'.repeat(81))).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'displayName' } }),
    );
    expect(() => checkInput({ currentPassword: 'a', newPassword: 'p'.repeat(257) })).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } }),
    );
  });

  it('lets values at the limit through unchanged', () => {
    const input = { email: `${'a'.repeat(244)}@shop.test`, password: 'p'.repeat(256) };
    expect(checkInput(input)).toBe(input);
  });

  it('keeps page sizes within 1..100', () => {
    expect(checkFirst(100)).toBe(100);
    expect(() => checkFirst(0)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }));
    expect(() => checkFirst(101)).toThrow();
  });
});
