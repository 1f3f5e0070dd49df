import { describe, expect, it } from 'vitest';
import { isDomainError } from '@shop/services-platform';
import { checkNewPassword } from './password-policy.js';

function refusal(password: string, context: string[] = []): string | undefined {
  try {
    checkNewPassword(password, 'new_password', context);
    return undefined;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    expect(error.kind).toBe('INVALID_ARGUMENT');
    expect(error.field).toBe('new_password');
    return error.message;
  }
}

describe('checkNewPassword', () => {
  it('accepts a long uncommon password', () => {
    expect(refusal('correct horse battery staple')).toBeUndefined();
    expect(refusal('ünïcödé-pässwörd')).toBeUndefined();
  });

  it('refuses short, overlong and NUL-bearing passwords', () => {
    expect(refusal('short')).toMatch(/at least 10/);
    expect(refusal('ääääääääa')).toMatch(/at least 10/); // 9 characters, more bytes
    expect(refusal('x'.repeat(257))).toMatch(/at most 256/);
    expect(refusal('abcdefghij\u0000k')).toMatch(/not allowed/);
  });

  it('refuses common passwords in any case, and the account own email or name', () => {
    expect(refusal('qwertyuiop')).toMatch(/too common/);
    expect(refusal('1234567890')).toMatch(/too common/);
    expect(refusal('QwertyUIOP')).toMatch(/too common/);
    expect(refusal('ann@shop.test', ['ann@shop.test'])).toMatch(/too common/);
  });
});
