import { describe, expect, it } from 'vitest';
import { guestCartIdOf } from './guest-cart-id.js';

describe('guestCartIdOf', () => {
  it('reads a well-formed id, treats a missing one as none, and refuses anything else', () => {
    expect(guestCartIdOf({ headers: { 'x-cart-id': 'AbCdEfGhIjKlMnOpQrSt-_' } })).toBe('AbCdEfGhIjKlMnOpQrSt-_');
    expect(guestCartIdOf({ headers: {} })).toBe('');
    for (const bad of ['short', 'AbCdEfGhIjKlMnOpQrSt-_X', '../../../../etc/passwd', 'AbCdEfGhIjKlMnOpQrSt!_']) {
      expect(() => guestCartIdOf({ headers: { 'x-cart-id': bad } })).toThrow(/X-Cart-Id/);
    }
  });
});
