// No oversell: a thousand shoppers check out the same 10 units at once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrderStatus } from '@shop/contracts/order/v1';
import { addToCart, checkoutRetrying, productWithStock, settle, stockOf, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;
const SHOPPERS = 1000;
const UNITS = 10;
// Calls in flight at once: the whole thousand is offered concurrently, bounded so the test measures
// the stock rule rather than the admission gate's refusals.
const IN_FLIGHT = 50;

beforeAll(async () => {
  stack = await startOrderStack();
});
afterAll(async () => stack?.close());

async function inPool<T>(count: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

it('1,000 concurrent checkouts of 10 units: exactly 10 paid, stock 0 and never negative, 990 cancelled "out of stock"', { timeout: 180_000 }, async () => {
  const productId = await productWithStock(stack, UNITS);
  const shopper = (index: number) => `u-rush-${index}`;
  await inPool(SHOPPERS, (index) => addToCart(stack, shopper(index), productId, 1));
  // The catalog allowed every cart line (10 in stock); now everyone checks out at once.
  // As a real client does: a call that times out (a loaded CI machine) is retried with the SAME
  // idempotency key — which must still make one order per shopper.
  // As a real client does: a call that times out (a loaded CI machine) is retried with the SAME
  // idempotency key and lines — which must still make one order per shopper.
  const placed = await inPool(SHOPPERS, (index) => checkoutRetrying(stack, shopper(index), [{ productId, quantity: 1 }]));
  const orderRows = await withSql(stack.order.database.url, (sql) => sql`select count(*)::int as n from orders`);
  expect(orderRows).toEqual([{ n: SHOPPERS }]);
  const final = await inPool(SHOPPERS, (index) => settle(stack, shopper(index), placed[index]!.order!.id, undefined, 120_000));
  const paid = final.filter((order) => order.status === OrderStatus.ORDER_STATUS_SHIPPED);
  const outOfStock = final.filter((order) => order.status === OrderStatus.ORDER_STATUS_CANCELLED && order.cancelReason === 'out of stock');
  expect(paid).toHaveLength(UNITS);
  expect(outOfStock).toHaveLength(SHOPPERS - UNITS);
  expect(outOfStock.every((order) => order.outOfStockProductIds.includes(productId))).toBe(true);
  // Commits are their own saga steps: they may finish just after the last SHIPPED.
  await expect.poll(() => stockOf(stack, productId), { timeout: 15_000 }).toEqual({ stock: 0, reserved: 0, committed: UNITS });
  // Every charge belongs to a paid order: nobody was charged for stock they did not get.
  const charges = await withSql(stack.payment.database.url, (sql) => sql<Array<{ orderId: string }>>`select order_id as "orderId" from charges where status = 'SUCCEEDED'`);
  expect(new Set(charges.map((charge) => charge.orderId))).toEqual(new Set(paid.map((order) => order.id)));
});
