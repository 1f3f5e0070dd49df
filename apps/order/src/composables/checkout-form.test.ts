import { describe, expect, it } from 'vitest';
import { checkForm, formFieldOf, luhn } from './checkout-form';

const good = { fullName: 'Ada', line1: '1 Row', line2: '', city: 'London', postalCode: 'NW1 2AB', country: 'GB', cardNumber: '4242 4242 4242 4242' };

describe('checkout form', () => {
  it('accepts a complete address and the test cards', () => {
    expect(checkForm(good)).toEqual({});
    for (const card of ['4000 0000 0000 0002', '4000 0000 0000 0119']) expect(checkForm({ ...good, cardNumber: card })).toEqual({});
    expect(luhn('4242424242424241')).toBe(false);
  });

  it('names every bad field', () => {
    expect(checkForm({ ...good, fullName: ' ', country: 'GBR', postalCode: '-', cardNumber: '4242' })).toEqual({
      fullName: 'Enter the full name.',
      country: 'Enter the country as a two-letter code, e.g. US.',
      postalCode: 'Enter a postal code of 1 to 20 letters, digits, spaces or hyphens.',
      cardNumber: 'Enter a valid card number.',
    });
  });

  it('maps the BFF field names back to the form', () => {
    expect(formFieldOf('input.shippingAddress.postalCode')).toBe('postalCode');
    expect(formFieldOf('input.cardNumber')).toBe('cardNumber');
    expect(formFieldOf('input.idempotencyKey')).toBeUndefined();
  });
});
