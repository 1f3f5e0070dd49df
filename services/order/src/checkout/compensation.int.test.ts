// Compensation: with a flaky payment service, every order that fails to pay is cancelled and
// gives its stock back; stock + committed sales never change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrderStatus } from '@shop/contracts/order/v1';
import { addToCart, checkout, productWithStock, settle, stockOf, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;
const ORDERS = 100;

beforeAll(async () => {
  // One charge attempt: each injected failure becomes a cancellation (with retries most would pay).
  stack = await startOrderStack({ payment: { PAYMENT_FAILURE_RATE: 0.3 }, order: { ORDER_PAYMENT_ATTEMPTS: 1 } });
});
afterAll(async () => stack?.close());

it('100 orders at PAYMENT_FAILURE_RATE=0.3: every failure CANCELLED with its stock released, stock + committed unchanged', { timeout: 120_000 }, async () => {
  const products = [await productWithStock(stack, 60, 0), await productWithStock(stack, 60, 1), await productWithStock(stack, 60, 2)];
  const placed = await Promise.all(
    Array.from({ length: ORDERS }, async (_, index) => {
      const userId = `u-flaky-${index}`;
      await addToCart(stack, userId, products[index % 3]!, 1 + (index % 2));
      if (index % 4 === 0) await addToCart(stack, userId, products[(index + 1) % 3]!, 1);
      return { userId, reply: await checkout(stack, userId) };
    }),
  );
  const final = await Promise.all(placed.map(({ userId, reply }) => settle(stack, userId, reply.order!.id, undefined, 60_000)));
  const shipped = final.filter((order) => order.status === OrderStatus.ORDER_STATUS_SHIPPED);
  const cancelled = final.filter((order) => order.status === OrderStatus.ORDER_STATUS_CANCELLED);
  expect(shipped.length + cancelled.length).toBe(ORDERS);
  // 30 % failures expected: far from 0 and from all (binomial, 100 draws).
  expect(cancelled.length).toBeGreaterThan(10);
  expect(cancelled.length).toBeLessThan(55);
  expect(cancelled.every((order) => order.cancelReason === 'payment unavailable')).toBe(true);
  for (const productId of products) {
    const sold = shipped.flatMap((order) => order.lines).filter((line) => line.productId === productId).reduce((sum, line) => sum + line.quantity, 0);
    await expect.poll(() => stockOf(stack, productId)).toEqual({ stock: 60 - sold, reserved: 0, committed: sold });
  }
  // Charged exactly the shipped orders, never a cancelled one.
  const charged = await withSql(stack.payment.database.url, (sql) => sql<Array<{ orderId: string }>>`select order_id as "orderId" from charges where status = 'SUCCEEDED'`);
  expect(new Set(charged.map((row) => row.orderId))).toEqual(new Set(shipped.map((order) => order.id)));
});
