// Refund and GetCharge over real gRPC on real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChargeStatus } from '@shop/contracts/payment/v1';
import { startPaymentHarness, type PaymentHarness } from './testing/payment-harness.js';
import { chargeRequest, DECLINED_CARD, queryDatabase, rejection, status } from './testing/payment-calls.js';

let harness: PaymentHarness;
const charge = (orderId: string, card?: string) =>
  harness.call(harness.client.charge, chargeRequest(orderId, card ? { cardNumber: card } : {}));
const refund = (orderId: string) => harness.call(harness.client.refund, { orderId });
const getCharge = (orderId: string) => harness.call(harness.client.getCharge, { orderId });
const refundRows = (orderId: string) => queryDatabase(harness.database, (sql) => sql`select * from refunds where order_id = ${orderId}`);

beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => harness?.close());

describe('Refund', () => {
  it('refunds a succeeded charge in full, once: a repeat returns the original refund', async () => {
    const orderId = randomUUID();
    const { charge: charged } = await charge(orderId);
    const first = await refund(orderId);
    expect(first.refund).toMatchObject({ orderId, chargeId: charged?.id, amount: { amountMinor: 1999, currency: 'EUR' } });
    expect(await refund(orderId)).toEqual(first);
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => refund(orderId)));
    for (const reply of concurrent) expect(reply).toEqual(first);
    expect(await refundRows(orderId)).toHaveLength(1);
  });

  it('refuses an order without a charge (NOT_FOUND) and a declined charge (FAILED_PRECONDITION)', async () => {
    expect(await rejection(refund(randomUUID()))).toMatchObject({ code: status.NOT_FOUND, field: 'order_id' });
    const declined = randomUUID();
    await charge(declined, DECLINED_CARD);
    expect(await rejection(refund(declined))).toMatchObject({ code: status.FAILED_PRECONDITION, field: 'order_id' });
    expect(await refundRows(declined)).toHaveLength(0);
  });

  it('answers a malformed order id with INVALID_ARGUMENT', async () => {
    expect(await rejection(refund('no spaces allowed'))).toMatchObject({ code: status.INVALID_ARGUMENT, field: 'order_id' });
  });

  it('leaves a refunded charge replaying its original result', async () => {
    const orderId = randomUUID();
    const first = await charge(orderId);
    await refund(orderId);
    expect(await charge(orderId)).toEqual(first);
  });
});

describe('GetCharge', () => {
  it('returns the charge, with its refund once refunded', async () => {
    const orderId = randomUUID();
    const { charge: charged } = await charge(orderId);
    expect(await getCharge(orderId)).toEqual({ charge: charged, refund: undefined });
    const { refund: refunded } = await refund(orderId);
    expect(await getCharge(orderId)).toEqual({ charge: charged, refund: refunded });
  });

  it('answers an unknown order NOT_FOUND', async () => {
    expect(await rejection(getCharge(randomUUID()))).toMatchObject({ code: status.NOT_FOUND, field: 'order_id' });
    expect((await charge(randomUUID())).charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
  });
});
