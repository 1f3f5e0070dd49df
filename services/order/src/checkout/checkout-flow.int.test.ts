// The checkout as a shopper lives it, on the real catalog, payment and order services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderStatus } from '@shop/contracts/order/v1';
import { addToCart, checkout, DECLINED_CARD, FAILING_CARD, productWithStock, settle, stockOf } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;

beforeAll(async () => {
  stack = await startOrderStack({ order: { ORDER_PAYMENT_ATTEMPTS: 2 } });
});
afterAll(async () => stack?.close());

describe('checkout', () => {
  it('pays with the good card: PENDING → … → SHIPPED, the sale committed, the cart emptied', async () => {
    const productId = await productWithStock(stack, 5);
    await addToCart(stack, 'u-happy', productId, 2);
    const { order, created } = await checkout(stack, 'u-happy');
    expect(created).toBe(true);
    expect(order).toMatchObject({ status: OrderStatus.ORDER_STATUS_PENDING, version: 1, cardBrand: 'visa', cardLast4: '4242' });
    expect(order!.number).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    const shipped = await settle(stack, 'u-happy', order!.id);
    expect(shipped).toMatchObject({ status: OrderStatus.ORDER_STATUS_SHIPPED, version: 4, expiresAt: '' });
    // The sale is committed by its own saga step, which may finish just after SHIPPED.
    await expect.poll(() => stockOf(stack, productId)).toEqual({ stock: 3, reserved: 0, committed: 2 });
    const { cart } = await stack.order.call(stack.order.client.getCart, { guestCartId: '' }, await stack.asUser(undefined, 'u-happy'));
    expect(cart!.lines).toEqual([]);
  });

  it('cancels "card declined" and gives the stock back', async () => {
    const productId = await productWithStock(stack, 5, 1);
    await addToCart(stack, 'u-declined', productId, 3);
    const { order } = await checkout(stack, 'u-declined', { card: DECLINED_CARD });
    const cancelled = await settle(stack, 'u-declined', order!.id);
    expect(cancelled).toMatchObject({ status: OrderStatus.ORDER_STATUS_CANCELLED, cancelReason: 'card declined' });
    await expect.poll(() => stockOf(stack, productId)).toEqual({ stock: 5, reserved: 0, committed: 0 });
  });

  it('cancels "payment unavailable" after the retries and gives the stock back', async () => {
    const productId = await productWithStock(stack, 5, 2);
    await addToCart(stack, 'u-unavailable', productId, 1);
    const { order } = await checkout(stack, 'u-unavailable', { card: FAILING_CARD });
    const cancelled = await settle(stack, 'u-unavailable', order!.id);
    expect(cancelled).toMatchObject({ status: OrderStatus.ORDER_STATUS_CANCELLED, cancelReason: 'payment unavailable' });
    await expect.poll(() => stockOf(stack, productId)).toEqual({ stock: 5, reserved: 0, committed: 0 });
  });
});
