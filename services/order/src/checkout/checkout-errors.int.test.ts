// PlaceOrder, GetOrder, ListOrders and CancelOrder refusals: each typed, nothing partially written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metadata, status } from '@grpc/grpc-js';
import { OrderStatus, type PlaceOrderRequest } from '@shop/contracts/order/v1';
import { ADDRESS, addToCart, checkout, GOOD_CARD, newKey, productWithStock, refusal, settle, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;
let productId: string;

beforeAll(async () => {
  stack = await startOrderStack();
  productId = await productWithStock(stack, 100);
});
afterAll(async () => stack?.close());

const place = async (userId: string, overrides: Partial<PlaceOrderRequest>, metadata?: Metadata) =>
  stack.order.call(
    stack.order.client.placeOrder,
    { idempotencyKey: newKey(), lines: [{ productId, quantity: 2 }], shippingAddress: ADDRESS, cardNumber: GOOD_CARD, guestCartId: '', ...overrides },
    metadata ?? (await stack.asUser(undefined, userId)),
  );

describe('PlaceOrder refusals', () => {
  it('names the bad field or reason, and writes no order and keeps the cart', async () => {
    await addToCart(stack, 'u-err', productId, 2);
    const cases: Array<[() => Promise<unknown>, Record<string, unknown>]> = [
      [() => place('u-err', { idempotencyKey: '' }), { code: status.INVALID_ARGUMENT, field: 'idempotency_key' }],
      [() => place('u-err', { idempotencyKey: 'short' }), { code: status.INVALID_ARGUMENT, field: 'idempotency_key' }],
      [() => place('u-err', { idempotencyKey: 'x'.repeat(16) + ' ' }), { code: status.INVALID_ARGUMENT, field: 'idempotency_key' }],
      [() => place('u-err', { lines: [] }), { code: status.FAILED_PRECONDITION, reason: 'empty-cart' }],
      [() => place('u-err', { lines: [{ productId, quantity: 3 }] }), { code: status.FAILED_PRECONDITION, reason: 'cart-changed' }],
      [() => place('u-err', { lines: [{ productId, quantity: 1 }, { productId, quantity: 1 }] }), { code: status.INVALID_ARGUMENT, field: 'lines[1].product_id' }],
      [() => place('u-err', { lines: [{ productId, quantity: 0 }] }), { code: status.INVALID_ARGUMENT, field: 'lines[0].quantity' }],
      [() => place('u-err', { shippingAddress: { ...ADDRESS, fullName: ' ' } }), { code: status.INVALID_ARGUMENT, field: 'shipping_address.full_name' }],
      [() => place('u-err', { shippingAddress: { ...ADDRESS, country: 'Germany' } }), { code: status.INVALID_ARGUMENT, field: 'shipping_address.country' }],
      [() => place('u-err', { shippingAddress: { ...ADDRESS, city: 'x'.repeat(101) } }), { code: status.INVALID_ARGUMENT, field: 'shipping_address.city' }],
      [() => place('u-err', { shippingAddress: undefined }), { code: status.INVALID_ARGUMENT, field: 'shipping_address.full_name' }],
      [() => place('u-err', { cardNumber: '4242' }), { code: status.INVALID_ARGUMENT, field: 'card_number' }],
      [() => place('u-err', { cardNumber: '4242 4242 4242 4241' }), { code: status.INVALID_ARGUMENT, field: 'card_number' }],
      [() => place('u-err', { guestCartId: '../../etc' }), { code: status.INVALID_ARGUMENT, field: 'guest_cart_id' }],
      [() => place('u-err', {}, new Metadata()), { code: status.UNAUTHENTICATED }],
      [async () => place('u-err', {}, await stack.asUser(['orders:read:own'], 'u-err')), { code: status.PERMISSION_DENIED }],
    ];
    for (const [call, expected] of cases) expect(await refusal(call())).toMatchObject(expected);
    const orders = await withSql(stack.order.database.url, (sql) => sql`select 1 from orders where user_id = 'u-err'`);
    expect(orders).toHaveLength(0);
    const { cart } = await stack.order.call(stack.order.client.getCart, { guestCartId: '' }, await stack.asUser(undefined, 'u-err'));
    expect(cart!.lines.map((line) => line.quantity)).toEqual([2]);
  });

  it('an empty cart is FAILED_PRECONDITION empty-cart', async () => {
    expect(await refusal(place('u-empty', {}))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'empty-cart' });
  });

  it('a price changed since the shopper agreed is cart-not-ready', async () => {
    const other = await productWithStock(stack, 100, 3);
    await addToCart(stack, 'u-price', other, 1);
    await withSql(stack.catalog.database.url, (sql) => sql`update products set price_amount_minor = price_amount_minor + 1 where id = ${other}`);
    const error = await refusal(place('u-price', { lines: [{ productId: other, quantity: 1 }] }));
    expect(error).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'cart-not-ready' });
    expect(error.meta.get('product-ids')).toEqual([other]);
  });
});

describe('reading and cancelling orders', () => {
  it("hides others' orders as NOT_FOUND, pages the shopper's newest first, and cancels only unpaid ones", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      await addToCart(stack, 'u-reader', productId, 1);
      ids.push((await checkout(stack, 'u-reader')).order!.id);
    }
    const reader = await stack.asUser(undefined, 'u-reader');
    const stranger = await stack.asUser(undefined, 'u-stranger');
    expect(await refusal(stack.order.call(stack.order.client.getOrder, { orderId: ids[0]! }, stranger))).toMatchObject({ code: status.NOT_FOUND });
    expect(await refusal(stack.order.call(stack.order.client.cancelOrder, { orderId: ids[0]! }, stranger))).toMatchObject({ code: status.NOT_FOUND });
    expect(await refusal(stack.order.call(stack.order.client.getOrder, { orderId: 'x' }, reader))).toMatchObject({ code: status.INVALID_ARGUMENT });
    const first = await stack.order.call(stack.order.client.listOrders, { pageSize: 2, pageToken: '' }, reader);
    expect(first.orders.map((order) => order.id)).toEqual([ids[2], ids[1]]);
    expect(first.totalCount).toBe(3);
    const second = await stack.order.call(stack.order.client.listOrders, { pageSize: 2, pageToken: first.nextPageToken }, reader);
    expect(second).toMatchObject({ nextPageToken: '', orders: [{ id: ids[0] }] });
    expect(await refusal(stack.order.call(stack.order.client.listOrders, { pageSize: 51, pageToken: '' }, reader))).toMatchObject({ field: 'page_size' });
    expect(await refusal(stack.order.call(stack.order.client.listOrders, { pageSize: 2, pageToken: 'forged' }, reader))).toMatchObject({ field: 'page_token' });
    expect((await stack.order.call(stack.order.client.listOrders, { pageSize: 0, pageToken: '' }, stranger)).orders).toEqual([]);
    const shipped = await settle(stack, 'u-reader', ids[0]!);
    expect(await refusal(stack.order.call(stack.order.client.cancelOrder, { orderId: shipped.id }, reader))).toMatchObject({
      code: status.FAILED_PRECONDITION,
      reason: 'order-not-cancellable',
    });
    expect((await stack.order.call(stack.order.client.getOrder, { orderId: shipped.id }, reader)).order!.status).toBe(OrderStatus.ORDER_STATUS_SHIPPED);
  });
});
