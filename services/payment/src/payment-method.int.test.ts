// CreatePaymentMethod and Charge by payment_method_id over real gRPC on real PostgreSQL: a vaulted
// card charges exactly like its number (test cards, idempotency by order id, bad input).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChargeStatus, type ChargeResponse } from '@shop/contracts/payment/v1';
import { startPaymentHarness, type PaymentHarness } from './testing/payment-harness.js';
import { chargeRequest, DECLINED_CARD, FAILING_CARD, GOOD_CARD, queryDatabase, rejection, status } from './testing/payment-calls.js';

let harness: PaymentHarness;
const createMethod = async (cardNumber: string) => (await harness.call(harness.client.createPaymentMethod, { cardNumber })).paymentMethod!;
const chargeWith = (orderId: string, paymentMethodId: string, overrides = {}) =>
  harness.call(harness.client.charge, chargeRequest(orderId, { cardNumber: '', paymentMethodId, ...overrides }));
const chargeRows = (orderId: string) => queryDatabase(harness.database, (sql) => sql`select * from charges where order_id = ${orderId}`);
const methodCount = async () => (await queryDatabase(harness.database, (sql) => sql`select count(*)::int as n from payment_methods`))[0]?.n as number;

beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => harness?.close());

describe('CreatePaymentMethod', () => {
  it('vaults a card as a new method with its brand and last four, a new one per call', async () => {
    const first = await createMethod('5555 5555 5555 4444');
    expect(first).toMatchObject({ cardBrand: 'mastercard', cardLast4: '4444' });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(first.createdAt)).not.toBeNaN();
    expect((await createMethod('5555 5555 5555 4444')).id).not.toBe(first.id);
  });

  it.each([['4242 4242 4242 4241'], ['abcd'], [''], ['4242\u0000']])('refuses %j with INVALID_ARGUMENT, writing nothing', async (cardNumber) => {
    const before = await methodCount();
    expect(await rejection(harness.call(harness.client.createPaymentMethod, { cardNumber }))).toMatchObject({
      code: status.INVALID_ARGUMENT,
      field: 'card_number',
    });
    expect(await methodCount()).toBe(before);
  });
});

describe('Charge by payment_method_id', () => {
  it('charges the good card once; retries (also 20 concurrent) return the original', async () => {
    const method = await createMethod(GOOD_CARD);
    const orderId = randomUUID();
    const first = await chargeWith(orderId, method.id);
    expect(first.charge).toMatchObject({ orderId, status: ChargeStatus.CHARGE_STATUS_SUCCEEDED, cardBrand: 'visa', cardLast4: '4242' });
    const replies: ChargeResponse[] = await Promise.all(Array.from({ length: 20 }, () => chargeWith(orderId, method.id)));
    for (const reply of replies) expect(reply).toEqual(first);
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it('records the declined card DECLINED and answers the failing card UNAVAILABLE, writing nothing', async () => {
    const declined = await createMethod(DECLINED_CARD);
    const orderId = randomUUID();
    const { charge } = await chargeWith(orderId, declined.id);
    expect(charge).toMatchObject({ status: ChargeStatus.CHARGE_STATUS_DECLINED, declineReason: 'card declined', cardLast4: '0002' });

    const failing = await createMethod(FAILING_CARD);
    const unpaid = randomUUID();
    expect(await rejection(chargeWith(unpaid, failing.id))).toMatchObject({ code: status.UNAVAILABLE });
    expect(await chargeRows(unpaid)).toHaveLength(0);
    // Nothing was written: the order can still be paid with another method.
    const good = await createMethod(GOOD_CARD);
    expect((await chargeWith(unpaid, good.id)).charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
  });

  it('refuses the same order id with another method, another amount or a card number (ALREADY_EXISTS)', async () => {
    const method = await createMethod(GOOD_CARD);
    const other = await createMethod(GOOD_CARD);
    const orderId = randomUUID();
    await chargeWith(orderId, method.id);
    for (const attempt of [
      () => chargeWith(orderId, other.id),
      () => chargeWith(orderId, method.id, { amount: { amountMinor: 2000, currency: 'EUR' } }),
      () => harness.call(harness.client.charge, chargeRequest(orderId)),
    ]) {
      expect(await rejection(attempt())).toMatchObject({ code: status.ALREADY_EXISTS, field: 'order_id' });
    }
    // …and a method for an order first charged by card number.
    const byNumber = randomUUID();
    await harness.call(harness.client.charge, chargeRequest(byNumber));
    expect(await rejection(chargeWith(byNumber, method.id))).toMatchObject({ code: status.ALREADY_EXISTS });
    expect(await chargeRows(orderId)).toHaveLength(1);
    expect(await chargeRows(byNumber)).toHaveLength(1);
  });

  it.each([
    ['an unknown method', { cardNumber: '', paymentMethodId: randomUUID() }, status.NOT_FOUND, 'payment_method_id'],
    ['a malformed method id', { cardNumber: '', paymentMethodId: 'pm_123' }, status.INVALID_ARGUMENT, 'payment_method_id'],
    ['both a card number and a method', { cardNumber: GOOD_CARD, paymentMethodId: randomUUID() }, status.INVALID_ARGUMENT, 'card_number'],
    ['neither', { cardNumber: '', paymentMethodId: '' }, status.INVALID_ARGUMENT, 'card_number'],
  ])('answers %s with the right code, writing nothing', async (_, overrides, code, field) => {
    const orderId = randomUUID();
    expect(await rejection(harness.call(harness.client.charge, chargeRequest(orderId, overrides)))).toMatchObject({ code, field });
    expect(await chargeRows(orderId)).toHaveLength(0);
  });
});
