import { describe, expect, it } from 'vitest';
import type { ChargeStore, NewCharge } from '../db/charge-store.js';
import type { PaymentMethodStore } from '../db/payment-method-store.js';
import type { ChargeRow, PaymentMethodRow } from '../db/schema/index.js';
import { createPayments, type PaymentStores } from './payments.js';

/** An in-memory store that records every insert attempt. */
function memoryStore() {
  const rows = new Map<string, ChargeRow>();
  const inserts: NewCharge[] = [];
  const store: ChargeStore = {
    async insertCharge(charge) {
      inserts.push(charge);
      const existing = rows.get(charge.orderId);
      if (existing) return { row: existing, created: false };
      const row = {
        ...charge,
        id: `c${rows.size}`,
        declineReason: charge.declineReason ?? null,
        paymentMethodId: charge.paymentMethodId ?? null,
        createdAt: '2026-12-01 00:00:00+00',
      };
      rows.set(charge.orderId, row);
      return { row, created: true };
    },
    findCharge: async (orderId) => rows.get(orderId),
    insertRefund: async () => Promise.reject(new Error('unused')),
    findRefund: async () => undefined,
  };
  const vault = new Map<string, PaymentMethodRow>();
  const methods: PaymentMethodStore = {
    async insertMethod(method) {
      const row = { ...method, id: `00000000-0000-4000-8000-00000000000${vault.size}`, createdAt: '2026-12-01 00:00:00+00' };
      vault.set(row.id, row);
      return row;
    },
    findMethod: async (id) => vault.get(id),
  };
  const stores: PaymentStores = { charges: store, methods };
  return { store: stores, inserts, vault };
}

const request = { orderId: 'o1', amount: { amountMinor: 500, currency: 'EUR' }, cardNumber: '4242 4242 4242 4242' };

describe('payments.charge', () => {
  it('fails injected faults before touching the store, and only the drawn fraction', async () => {
    const { store, inserts } = memoryStore();
    const draws = [0.1, 0.9];
    const payments = createPayments(store, { failureRate: 0.5, latencyMs: 0, random: () => draws.shift()! });
    await expect(payments.charge(request)).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    expect(inserts).toHaveLength(0);
    await expect(payments.charge(request)).resolves.toMatchObject({ status: 'SUCCEEDED', cardLast4: '4242' });
  });

  it('stores brand and last four only, and refuses another amount for the same order', async () => {
    const { store, inserts } = memoryStore();
    const payments = createPayments(store, { failureRate: 0, latencyMs: 0 });
    await payments.charge(request);
    expect(JSON.stringify(inserts)).not.toContain('4242424242424242');
    await expect(payments.charge({ ...request, amount: { amountMinor: 501, currency: 'EUR' } })).rejects.toMatchObject({
      kind: 'ALREADY_EXISTS',
      field: 'order_id',
    });
  });

  it('validates before any fault or write', async () => {
    const { store, inserts } = memoryStore();
    const payments = createPayments(store, { failureRate: 1, latencyMs: 0 });
    await expect(payments.charge({ ...request, cardNumber: '1234' })).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', field: 'card_number' });
    expect(inserts).toHaveLength(0);
  });
});

describe('payment methods', () => {
  it('vault the outcome, brand and last four, never the number', async () => {
    const { store, vault } = memoryStore();
    const payments = createPayments(store, { failureRate: 0, latencyMs: 0 });
    const method = await payments.createPaymentMethod('4000 0000 0000 0002');
    expect(method).toMatchObject({ outcome: 'decline', cardBrand: 'visa', cardLast4: '0002' });
    expect(JSON.stringify([...vault.values()])).not.toMatch(/4000 ?0000 ?0000/);
    await expect(payments.createPaymentMethod('4242 4242 4242 4241')).rejects.toMatchObject({ field: 'card_number' });
    expect(vault.size).toBe(1);
  });

  it('charge by method like by number, and refuse another method for the same order', async () => {
    const { store, inserts } = memoryStore();
    const payments = createPayments(store, { failureRate: 0, latencyMs: 0 });
    const good = await payments.createPaymentMethod('4242 4242 4242 4242');
    const other = await payments.createPaymentMethod('5555 5555 5555 4444');
    const byMethod = { ...request, cardNumber: '', paymentMethodId: good.id };
    const charged = await payments.charge(byMethod);
    expect(charged).toMatchObject({ status: 'SUCCEEDED', cardLast4: '4242', paymentMethodId: good.id });
    await expect(payments.charge(byMethod)).resolves.toEqual(charged);
    await expect(payments.charge({ ...byMethod, paymentMethodId: other.id })).rejects.toMatchObject({ kind: 'ALREADY_EXISTS', field: 'order_id' });
    await expect(payments.charge(request)).rejects.toMatchObject({ kind: 'ALREADY_EXISTS', field: 'order_id' });
    expect(inserts.filter((row) => row.orderId === request.orderId)).toHaveLength(4);
  });
});
