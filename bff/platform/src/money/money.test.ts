import { describe, expect, it } from 'vitest';
import { formatMoney, minorToDecimal, toMoney } from './money.js';

describe('money', () => {
  it('turns minor units into an exact decimal string', () => {
    expect(minorToDecimal(1250, 2)).toBe('12.50');
    expect(minorToDecimal(5, 2)).toBe('0.05');
    expect(minorToDecimal(-5, 2)).toBe('-0.05');
    expect(minorToDecimal(1234, 0)).toBe('1234');
    expect(minorToDecimal(1234, 3)).toBe('1.234');
  });

  it.each([
    [1250, 'USD', '$12.50'],
    [0, 'USD', '$0.00'],
    [123456789, 'USD', '$1,234,567.89'],
    [1500, 'JPY', '¥1,500'],
    [1234, 'KWD', 'KWD 1.234'],
    [999, 'EUR', '€9.99'],
  ])('formats %i %s as %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('maps proto Money to GraphQL Money', () => {
    expect(toMoney({ amountMinor: 2700, currency: 'USD' })).toEqual({
      amountMinor: 2700,
      currency: 'USD',
      formatted: '$27.00',
    });
  });

  it('refuses amounts that do not fit GraphQL Int instead of clamping', () => {
    expect(() => toMoney({ amountMinor: 2 ** 31, currency: 'USD' })).toThrow(/GraphQL Int/);
    expect(() => toMoney({ amountMinor: 2 ** 31 - 1, currency: 'USD' })).not.toThrow();
    expect(() => toMoney(undefined)).toThrow();
  });
});
