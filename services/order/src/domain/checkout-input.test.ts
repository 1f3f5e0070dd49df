import { describe, expect, it } from 'vitest';
import { addressProblems, checkIdempotencyKey, isGuestCartId, type ShippingAddress } from './checkout-input.js';

const good: ShippingAddress = { fullName: 'Ada Lovelace', line1: '12 Analytical St', line2: '', city: 'London', postalCode: 'NW1 6XE', country: 'GB' };

describe('checkout input', () => {
  it('takes idempotency keys of 16..64 safe characters only', () => {
    expect(checkIdempotencyKey('a'.repeat(16))).toBeUndefined();
    expect(checkIdempotencyKey('0f8fad5b-d9cb-469f-a165-70867728950e')).toBeUndefined();
    for (const bad of ['', 'short', 'a'.repeat(65), 'spaces are not ok here', 'ünïcödé-ünïcödé-ü']) {
      expect(checkIdempotencyKey(bad)).toMatchObject({ field: 'idempotency_key' });
    }
  });

  it('recognises guest cart ids by shape', () => {
    expect(isGuestCartId('AbCdEfGhIjKlMnOpQrSt_-')).toBe(true);
    for (const bad of ['', 'AbCdEfGhIjKlMnOpQrSt_', 'AbCdEfGhIjKlMnOpQrSt_-x', 'AbCdEfGhIjKlMnOpQrSt/+']) expect(isGuestCartId(bad)).toBe(false);
  });

  it('accepts a complete address and names every field that is wrong', () => {
    expect(addressProblems(good)).toEqual([]);
    const problems = addressProblems({ fullName: ' ', line1: 'x'.repeat(101), line2: 'Flat\u00002', city: 'London', postalCode: '#1', country: 'gb' });
    expect(problems.map((problem) => problem.field)).toEqual([
      'shipping_address.full_name',
      'shipping_address.line1',
      'shipping_address.line2',
      'shipping_address.postal_code',
      'shipping_address.country',
    ]);
  });
});
