import { describe, expect, it } from 'vitest';
import type { PaymentMethodStore } from '../db/payment-method-store.js';
import { resolveChargeSource } from './charge-source.js';

const methodId = '7d4a1c2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f';
const methods: PaymentMethodStore = {
  insertMethod: () => Promise.reject(new Error('unused')),
  findMethod: async (id) =>
    id === methodId ? { id, outcome: 'fail', cardBrand: 'visa', cardLast4: '0119', createdAt: '2026-12-01 00:00:00+00' } : undefined,
};

describe('resolveChargeSource', () => {
  it('resolves a card number and a vaulted method to the same shape', async () => {
    expect(await resolveChargeSource({ cardNumber: '4000 0000 0000 0119', paymentMethodId: '' }, methods)).toEqual({
      outcome: 'fail',
      brand: 'visa',
      last4: '0119',
      paymentMethodId: null,
    });
    expect(await resolveChargeSource({ cardNumber: '', paymentMethodId: methodId }, methods)).toEqual({
      outcome: 'fail',
      brand: 'visa',
      last4: '0119',
      paymentMethodId: methodId,
    });
  });

  it.each([
    ['both', { cardNumber: '4242 4242 4242 4242', paymentMethodId: methodId }, 'INVALID_ARGUMENT', 'card_number'],
    ['neither', { cardNumber: '', paymentMethodId: '' }, 'INVALID_ARGUMENT', 'card_number'],
    ['a malformed method id', { cardNumber: '', paymentMethodId: 'pm_1' }, 'INVALID_ARGUMENT', 'payment_method_id'],
    ['an unknown method', { cardNumber: '', paymentMethodId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'payment_method_id'],
  ])('refuses %s', async (_, input, kind, field) => {
    await expect(resolveChargeSource(input, methods)).rejects.toMatchObject({ kind, field });
  });
});
