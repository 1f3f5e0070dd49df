import { describe, expect, it } from 'vitest';
import { isDomainError } from '@shop/services-platform';
import { checkAmount, checkOrderId, MAX_AMOUNT_MINOR } from './charge-input.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error) && error.kind === 'INVALID_ARGUMENT') return error.field;
    throw error;
  }
  return undefined;
}

describe('checkAmount', () => {
  it('accepts 1 .. 2^31-1 minor units with an ISO currency', () => {
    expect(checkAmount({ amountMinor: 1, currency: 'EUR' })).toEqual({ amountMinor: 1, currency: 'EUR' });
    expect(checkAmount({ amountMinor: MAX_AMOUNT_MINOR, currency: 'USD' }).amountMinor).toBe(2_147_483_647);
  });

  it.each([0, -1, 2 ** 31, 1.5, Number.NaN])('rejects amount_minor %s', (amountMinor) => {
    expect(fieldOf(() => checkAmount({ amountMinor, currency: 'EUR' }))).toBe('amount.amount_minor');
  });

  it.each(['', 'eur', 'EURO', 'E1R'])('rejects currency %j', (currency) => {
    expect(fieldOf(() => checkAmount({ amountMinor: 100, currency }))).toBe('amount.currency');
  });

  it('rejects a missing amount', () => {
    expect(fieldOf(() => checkAmount(undefined))).toBe('amount');
  });
});

describe('checkOrderId', () => {
  it('accepts uuids and short ids', () => {
    expect(checkOrderId('7d3f8c8e-2f4b-4c7e-9a51-0d3c1b2a4e5f')).toBe('7d3f8c8e-2f4b-4c7e-9a51-0d3c1b2a4e5f');
    expect(checkOrderId('A_1')).toBe('A_1');
  });

  it.each(['', 'a b', 'x'.repeat(65), 'a/b'])('rejects %j', (orderId) => {
    expect(fieldOf(() => checkOrderId(orderId))).toBe('order_id');
  });
});
