// Charge over real gRPC on real PostgreSQL: test cards, idempotency by order id, bad input.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChargeStatus, type ChargeResponse } from '@shop/contracts/payment/v1';
import { startPaymentHarness, type PaymentHarness } from './testing/payment-harness.js';
import { chargeRequest, DECLINED_CARD, FAILING_CARD, queryDatabase, rejection, status } from './testing/payment-calls.js';

let harness: PaymentHarness;
const charge = (request: ReturnType<typeof chargeRequest>) => harness.call(harness.client.charge, request);
const chargeRows = (orderId: string) =>
  queryDatabase(harness.database, (sql) => sql`select * from charges where order_id = ${orderId}`);

beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => harness?.close());

describe('Charge', () => {
  it('charges the good card once, keeping only brand and last four digits', async () => {
    const orderId = randomUUID();
    const { charge: result } = await charge(chargeRequest(orderId));
    expect(result).toMatchObject({
      orderId,
      status: ChargeStatus.CHARGE_STATUS_SUCCEEDED,
      amount: { amountMinor: 1999, currency: 'EUR' },
      cardBrand: 'visa',
      cardLast4: '4242',
      declineReason: '',
    });
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it('records a declined card as a DECLINED charge, not an error, and replays it', async () => {
    const orderId = randomUUID();
    const first = await charge(chargeRequest(orderId, { cardNumber: DECLINED_CARD }));
    expect(first.charge).toMatchObject({ status: ChargeStatus.CHARGE_STATUS_DECLINED, declineReason: 'card declined', cardLast4: '0002' });
    // A retry, even with the good card, returns the original decline without charging.
    expect(await charge(chargeRequest(orderId))).toEqual(first);
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it('answers the failing card UNAVAILABLE and writes nothing', async () => {
    const orderId = randomUUID();
    expect(await rejection(charge(chargeRequest(orderId, { cardNumber: FAILING_CARD })))).toMatchObject({ code: status.UNAVAILABLE });
    expect(await chargeRows(orderId)).toHaveLength(0);
    // The order can still be paid with another card.
    expect((await charge(chargeRequest(orderId))).charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
  });

  it('returns the original charge to sequential retries', async () => {
    const orderId = randomUUID();
    const first = await charge(chargeRequest(orderId));
    for (let i = 0; i < 3; i++) expect(await charge(chargeRequest(orderId))).toEqual(first);
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it('makes one charge of 20 concurrent calls with one order id, every reply identical', async () => {
    const orderId = randomUUID();
    const replies: ChargeResponse[] = await Promise.all(Array.from({ length: 20 }, () => charge(chargeRequest(orderId))));
    expect(new Set(replies.map((reply) => JSON.stringify(reply))).size).toBe(1);
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it('refuses the same order id with another amount or currency (ALREADY_EXISTS), charging nothing more', async () => {
    const orderId = randomUUID();
    await charge(chargeRequest(orderId));
    expect(await rejection(charge(chargeRequest(orderId, { amount: { amountMinor: 2000, currency: 'EUR' } })))).toMatchObject({
      code: status.ALREADY_EXISTS,
      field: 'order_id',
    });
    expect(await rejection(charge(chargeRequest(orderId, { amount: { amountMinor: 1999, currency: 'USD' } })))).toMatchObject({
      code: status.ALREADY_EXISTS,
    });
    expect(await chargeRows(orderId)).toHaveLength(1);
  });

  it.each([
    ['malformed card', { cardNumber: '4242 4242 4242 4241' }, 'card_number'],
    ['card with letters', { cardNumber: 'abcd' }, 'card_number'],
    ['zero amount', { amount: { amountMinor: 0, currency: 'EUR' } }, 'amount.amount_minor'],
    ['amount ≥ 2^31', { amount: { amountMinor: 2 ** 31, currency: 'EUR' } }, 'amount.amount_minor'],
    ['bad currency', { amount: { amountMinor: 1, currency: 'eur' } }, 'amount.currency'],
    ['no amount', { amount: undefined }, 'amount'],
    ['empty order id', { orderId: '' }, 'order_id'],
    ['NUL in card', { cardNumber: '4242\u0000' }, 'card_number'],
  ])('answers %s with INVALID_ARGUMENT naming the field, writing nothing', async (_, overrides, field) => {
    const orderId = randomUUID();
    const failure = await rejection(charge(chargeRequest(orderId, overrides)));
    expect(failure).toMatchObject({ code: status.INVALID_ARGUMENT, field });
    expect(failure.details).not.toMatch(/4242/);
    expect(await chargeRows(orderId)).toHaveLength(0);
  });

  it('never stores (in any table, the vault included) or logs a card number', async () => {
    const cards = ['4242424242424242', '4000000000000002', '4000000000000119', '5555555555554444', '4242424242424241'];
    for (const card of cards) {
      await charge(chargeRequest(randomUUID(), { cardNumber: card })).catch(() => undefined);
      const method = await harness.call(harness.client.createPaymentMethod, { cardNumber: card }).catch(() => undefined);
      if (method?.paymentMethod) await charge(chargeRequest(randomUUID(), { cardNumber: '', paymentMethodId: method.paymentMethod.id })).catch(() => undefined);
    }
    // Every table's rows (charges, refunds, the payment-method vault, migrations…) as text.
    const dump = await queryDatabase(
      harness.database,
      (sql) => sql`select table_name::text as name,
        query_to_xml(format('select * from %I.%I', table_schema, table_name), true, false, '')::text as row
        from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    expect(dump.map((entry) => entry.name)).toEqual(expect.arrayContaining(['charges', 'payment_methods']));
    expect(dump.find((entry) => entry.name === 'payment_methods')?.row).toContain('0002');
    const text = dump.map((entry) => entry.row).join('\n') + harness.logs.join('\n');
    expect(harness.logs.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(text).not.toContain(card);
      expect(text).not.toContain(card.slice(0, 12));
    }
  });
});
