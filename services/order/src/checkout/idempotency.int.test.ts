// Idempotent checkout: one order per key whatever the retries; a redelivered saga event is a no-op.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { OrderStatus } from '@shop/contracts/order/v1';
import { addJob } from '@shop/services-platform/jobs';
import { sagaTasks } from '../saga/saga-jobs.js';
import { eventId } from '../orders/transition.js';
import { ADDRESS, addToCart, checkout, GOOD_CARD, newKey, productWithStock, refusal, settle, stockOf, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;

beforeAll(async () => {
  stack = await startOrderStack();
});
afterAll(async () => stack?.close());

describe('PlaceOrder idempotency', () => {
  it('the same key 20 times at once makes one order, and every reply is that order', async () => {
    const productId = await productWithStock(stack, 50);
    await addToCart(stack, 'u-double', productId, 2);
    const key = newKey();
    const replies = await Promise.all(Array.from({ length: 20 }, () => checkout(stack, 'u-double', { key })));
    const ids = new Set(replies.map((reply) => reply.order!.id));
    expect(ids.size).toBe(1);
    expect(replies.filter((reply) => reply.created)).toHaveLength(1);
    const [orderId] = ids;
    const rows = await withSql(stack.order.database.url, (sql) => sql`select id from orders where user_id = 'u-double'`);
    expect(rows).toHaveLength(1);
    await settle(stack, 'u-double', orderId!);
    // A replay after the saga finished still returns the original order (now shipped).
    const late = await stack.order.call(
      stack.order.client.placeOrder,
      { idempotencyKey: key, lines: [{ productId, quantity: 2 }], shippingAddress: ADDRESS, cardNumber: GOOD_CARD, guestCartId: '' },
      await stack.asUser(undefined, 'u-double'),
    );
    expect(late).toMatchObject({ created: false, order: { id: orderId, status: OrderStatus.ORDER_STATUS_SHIPPED } });
  });

  it('the same key for another cart is ALREADY_EXISTS and writes nothing', async () => {
    const productId = await productWithStock(stack, 50, 1);
    await addToCart(stack, 'u-reuse', productId, 1);
    const key = newKey();
    await checkout(stack, 'u-reuse', { key });
    await addToCart(stack, 'u-reuse', productId, 3);
    const error = await refusal(checkout(stack, 'u-reuse', { key }));
    expect(error).toMatchObject({ code: status.ALREADY_EXISTS, field: 'idempotency_key' });
    const rows = await withSql(stack.order.database.url, (sql) => sql`select id from orders where user_id = 'u-reuse'`);
    expect(rows).toHaveLength(1);
    const { cart } = await stack.order.call(stack.order.client.getCart, { guestCartId: '' }, await stack.asUser(undefined, 'u-reuse'));
    expect(cart!.lines.map((line) => line.quantity)).toEqual([3]);
  });
});

describe('saga redelivery', () => {
  it('handles every step delivered again as a no-op: no second charge, sale or status change', async () => {
    const productId = await productWithStock(stack, 20, 2);
    await addToCart(stack, 'u-redeliver', productId, 2);
    const { order } = await checkout(stack, 'u-redeliver');
    const shipped = await settle(stack, 'u-redeliver', order!.id);
    const id = order!.id;
    // Each step again, with the payload it first had (the at-least-once queue may do exactly this).
    await withSql(stack.order.database.url, async (sql) => {
      await addJob(sql, sagaTasks.reserve, { orderId: id, eventId: eventId(id, 1) });
      await addJob(sql, sagaTasks.charge, { orderId: id, eventId: eventId(id, 2) });
      await addJob(sql, sagaTasks.commit, { orderId: id, eventId: eventId(id, 3) });
      await addJob(sql, sagaTasks.ship, { orderId: id, eventId: eventId(id, 3) });
      await addJob(sql, sagaTasks.expire, { orderId: id, eventId: `${id}@expiry` });
    });
    await expect.poll(() => withSql(stack.order.database.url, (sql) => sql`select 1 from graphile_worker.jobs`), { timeout: 10_000 }).toHaveLength(0);
    const after = await settle(stack, 'u-redeliver', id);
    expect(after.version).toBe(shipped.version);
    expect(await stockOf(stack, productId)).toEqual({ stock: 18, reserved: 0, committed: 2 });
    const charges = await withSql(stack.payment.database.url, (sql) => sql`select 1 from charges where order_id = ${id}`);
    expect(charges).toHaveLength(1);
    const events = await withSql(stack.order.database.url, (sql) => sql`select version from order_events where order_id = ${id} order by version`);
    expect(events.map((row) => row.version)).toEqual([1, 2, 3, 4]);
  });
});
