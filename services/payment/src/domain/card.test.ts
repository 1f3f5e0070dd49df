import { describe, expect, it } from 'vitest';
import { isDomainError } from '@shop/services-platform';
import { cardBrand, checkCard, luhnValid } from './card.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error) && error.kind === 'INVALID_ARGUMENT') return error.field;
    throw error;
  }
  return undefined;
}

describe('luhnValid', () => {
  it('accepts valid numbers and rejects a changed digit', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('checkCard', () => {
  it('knows the test cards, spaces allowed', () => {
    expect(checkCard('4242 4242 4242 4242')).toEqual({ brand: 'visa', last4: '4242', outcome: 'succeed' });
    expect(checkCard('4000 0000 0000 0002')).toEqual({ brand: 'visa', last4: '0002', outcome: 'decline' });
    expect(checkCard('4000000000000119')).toEqual({ brand: 'visa', last4: '0119', outcome: 'fail' });
  });

  it('lets any other valid number succeed, with its brand and last four digits', () => {
    expect(checkCard('5555 5555 5555 4444')).toEqual({ brand: 'mastercard', last4: '4444', outcome: 'succeed' });
    expect(checkCard('378282246310005')).toEqual({ brand: 'amex', last4: '0005', outcome: 'succeed' });
    expect(checkCard('6011111111111117').brand).toBe('discover');
  });

  it.each([
    ['empty', ''],
    ['letters', '4242 4242 4242 424x'],
    ['dashes', '4242-4242-4242-4242'],
    ['too short', '42424242428'],
    ['too long', '42424242424242424242'],
    ['bad checksum', '4242 4242 4242 4241'],
    ['absurdly long', ' '.repeat(50) + '4242424242424242'],
  ])('rejects %s as INVALID_ARGUMENT naming card_number', (_, input) => {
    expect(fieldOf(() => checkCard(input))).toBe('card_number');
  });

  it('never repeats the number in its error', () => {
    expect(() => checkCard('4242 4242 4242 4241')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('4241') }));
  });
});

describe('cardBrand', () => {
  it('reads 2-series mastercard and unknown prefixes', () => {
    expect(cardBrand('2221000000000009')).toBe('mastercard');
    expect(cardBrand('9999999999999995')).toBe('unknown');
  });
});
