// Expiry: an order not paid within ORDER_PAYMENT_TIMEOUT is CANCELLED "expired" and its stock
// released exactly once — also when the payment lands late, racing the expiry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderStatus } from '@shop/contracts/order/v1';
import { addToCart, checkout, checkoutRetrying, productWithStock, settle, stockOf, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;

beforeAll(async () => {
  // The payment processor answers after 2.5 s; orders expire after 1 s.
  stack = await startOrderStack({ payment: { PAYMENT_LATENCY_MS: 2500 }, order: { ORDER_PAYMENT_TIMEOUT: 1 } });
});
afterAll(async () => stack?.close());

it('expires an order whose payment is late, releases its stock once and refunds the late charge', { timeout: 60_000 }, async () => {
  const productId = await productWithStock(stack, 10);
  await addToCart(stack, 'u-late', productId, 3);
  const { order } = await checkout(stack, 'u-late');
  const expired = await settle(stack, 'u-late', order!.id);
  expect(expired).toMatchObject({ status: OrderStatus.ORDER_STATUS_CANCELLED, cancelReason: 'expired', expiresAt: '' });
  // The charge still lands (the processor was mid-call) and is refunded; the stock comes back once.
  await expect
    .poll(() => withSql(stack.payment.database.url, (sql) => sql`select 1 from refunds where order_id = ${order!.id}`), { timeout: 15_000 })
    .toHaveLength(1);
  await expect.poll(() => stockOf(stack, productId)).toEqual({ stock: 10, reserved: 0, committed: 0 });
  const versions = await withSql(stack.order.database.url, (sql) => sql`select status from order_events where order_id = ${order!.id} order by version`);
  expect(versions.map((row) => row.status)).toEqual(['PENDING', 'STOCK_RESERVED', 'CANCELLED']);
});

describe('payments landing right at the deadline', () => {
  let racing: OrderStack;
  beforeAll(async () => {
    // Charges land ~1 s after the order is placed, just when it expires: some pay, some expire.
    racing = await startOrderStack({ payment: { PAYMENT_LATENCY_MS: 950 }, order: { ORDER_PAYMENT_TIMEOUT: 1 } });
  });
  afterAll(async () => racing?.close());

it('many orders racing their expiry: each ends paid or expired, never both, and stock adds up', { timeout: 90_000 }, async () => {
  const stack = racing;
  const productId = await productWithStock(stack, 40, 1);
  const orders = await Promise.all(
    Array.from({ length: 20 }, async (_, index) => {
      await addToCart(stack, `u-race-${index}`, productId, 1);
      return (await checkoutRetrying(stack, `u-race-${index}`, [{ productId, quantity: 1 }])).order!;
    }),
  );
  const final = await Promise.all(orders.map((order, index) => settle(stack, `u-race-${index}`, order.id, undefined, 30_000)));
  const shipped = final.filter((order) => order.status === OrderStatus.ORDER_STATUS_SHIPPED).length;
  // Listed (not just counted) so a failure shows the order, its status and reason.
  const neither = final.filter((order) => order.status !== OrderStatus.ORDER_STATUS_SHIPPED && order.cancelReason !== 'expired');
  expect(neither.map((order) => ({ status: order.status, reason: order.cancelReason, version: order.version }))).toEqual([]);
  await expect.poll(() => stockOf(stack, productId), { timeout: 15_000 }).toEqual({ stock: 40 - shipped, reserved: 0, committed: shipped });
  // Every expired order's charge (if it landed) was refunded; every shipped one's was not.
  const refunded = await withSql(stack.payment.database.url, (sql) => sql<Array<{ orderId: string }>>`select order_id as "orderId" from refunds`);
  const shippedIds = new Set(final.filter((order) => order.status === OrderStatus.ORDER_STATUS_SHIPPED).map((order) => order.id));
  expect(refunded.filter((row) => shippedIds.has(row.orderId))).toEqual([]);
  await expect
    .poll(async () => {
      const charged = await withSql(stack.payment.database.url, (sql) => sql<Array<{ orderId: string }>>`select order_id as "orderId" from charges c where status = 'SUCCEEDED' and not exists (select 1 from refunds r where r.order_id = c.order_id)`);
      return new Set(charged.map((row) => row.orderId));
    }, { timeout: 15_000 })
    .toEqual(shippedIds);
});
});
