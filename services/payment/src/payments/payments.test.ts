import { describe, expect, it } from 'vitest';
import type { ChargeStore, NewCharge } from '../db/charge-store.js';
import type { ChargeRow } from '../db/schema/index.js';
import { createPayments } from './payments.js';

/** An in-memory store that records every insert attempt. */
function memoryStore() {
  const rows = new Map<string, ChargeRow>();
  const inserts: NewCharge[] = [];
  const store: ChargeStore = {
    async insertCharge(charge) {
      inserts.push(charge);
      const existing = rows.get(charge.orderId);
      if (existing) return { row: existing, created: false };
      const row = { ...charge, id: `c${rows.size}`, declineReason: charge.declineReason ?? null, createdAt: '2026-12-01 00:00:00+00' };
      rows.set(charge.orderId, row);
      return { row, created: true };
    },
    findCharge: async (orderId) => rows.get(orderId),
    insertRefund: async () => Promise.reject(new Error('unused')),
    findRefund: async () => undefined,
  };
  return { store, inserts };
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
