import { describe, expect, it } from 'vitest';
import { checkCheckout } from './checkout-request.js';

const request = {
  idempotencyKey: 'key-0123456789abcdef',
  lines: [{ productId: '7A4C3F4E-1111-4222-8333-944455556666', quantity: 2 }],
  shippingAddress: { fullName: ' Ada ', line1: '1 Row', line2: '', city: 'London', postalCode: 'nw1 2ab', country: 'gb' },
  cardNumber: '4242 4242 4242 4242',
  guestCartId: '',
};

describe('checkCheckout', () => {
  it('normalises ids, address and card digits, keeping only the last four in the fingerprint', () => {
    const checkout = checkCheckout(request);
    expect(checkout.lines).toEqual([{ productId: '7a4c3f4e-1111-4222-8333-944455556666', quantity: 2 }]);
    expect(checkout.address).toMatchObject({ fullName: 'Ada', postalCode: 'NW1 2AB', country: 'GB' });
    expect(checkout.cardLast4).toBe('4242');
    expect(checkout.fingerprint).not.toContain('4242424242424242');
  });

  it('gives the same fingerprint for the same checkout in another line order, another for another card', () => {
    const two = { ...request, lines: [...request.lines, { productId: '8b4c3f4e-1111-4222-8333-944455556666', quantity: 1 }] };
    const reversed = { ...two, lines: [...two.lines].reverse() };
    expect(checkCheckout(two).fingerprint).toBe(checkCheckout(reversed).fingerprint);
    expect(checkCheckout({ ...two, cardNumber: '5555 5555 5555 4444' }).fingerprint).not.toBe(checkCheckout(two).fingerprint);
  });
});
