// Carts over real gRPC: guests and shoppers, flags against the catalog now, the guest-cart merge,
// and every bad input typed with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metadata, status } from '@grpc/grpc-js';
import { CartLineIssue, type Cart } from '@shop/contracts/order/v1';
import { productWithStock, refusal, withSql } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;
let product: string;
let scarce: string;

beforeAll(async () => {
  stack = await startOrderStack();
  product = await productWithStock(stack, 500, 0);
  scarce = await productWithStock(stack, 3, 1);
});
afterAll(async () => stack?.close());

const guest = () => new Metadata();
const add = async (metadata: Metadata, productId: string, quantity: number, guestCartId = ''): Promise<Cart> =>
  (await stack.order.call(stack.order.client.addCartItem, { guestCartId, productId, quantity }, metadata)).cart!;
const get = async (metadata: Metadata, guestCartId = ''): Promise<Cart> => (await stack.order.call(stack.order.client.getCart, { guestCartId }, metadata)).cart!;

describe('guest carts', () => {
  it('an anonymous GetCart is empty and creates nothing; the first add creates a guest cart id', async () => {
    expect(await get(guest())).toMatchObject({ lines: [], itemCount: 0, checkoutReady: false, guestCartId: '', subtotal: { amountMinor: 0, currency: 'USD' } });
    const cart = await add(guest(), product, 2);
    expect(cart.guestCartId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cart).toMatchObject({ itemCount: 2, checkoutReady: true });
    expect(cart.lines[0]).toMatchObject({ productId: product, quantity: 2, issues: [] });
    expect(cart.lines[0]!.imagePath).not.toBe('');
    expect((await get(guest(), cart.guestCartId)).itemCount).toBe(2);
    // Only a hash of the id is stored.
    const rows = await withSql(stack.order.database.url, (sql) => sql`select guest_hash from carts where guest_hash is not null`);
    expect(rows.some((row) => row.guest_hash === cart.guestCartId)).toBe(false);
  });

  it('merges into the shopper cart on the first signed-in call: quantities add up, capped by stock', async () => {
    const guestCart = await add(guest(), scarce, 2);
    await add(guest(), product, 1, guestCart.guestCartId);
    const shopper = await stack.asUser(undefined, 'u-merge');
    await add(shopper, scarce, 2);
    const merged = await get(shopper, guestCart.guestCartId);
    expect(merged.mergedGuestCart).toBe(true);
    expect(merged.guestCartId).toBe('');
    expect(Object.fromEntries(merged.lines.map((line) => [line.productId, line.quantity]))).toEqual({ [scarce]: 3, [product]: 1 });
    // The guest cart is gone: a second merge is a no-op.
    const again = await stack.order.call(stack.order.client.mergeCart, { guestCartId: guestCart.guestCartId }, shopper);
    expect(again.cart).toMatchObject({ mergedGuestCart: false, itemCount: 4 });
    expect((await get(guest(), guestCart.guestCartId)).lines).toEqual([]);
  });
});

describe('shopper carts', () => {
  it('sets, removes and flags lines against the catalog now, and accepting prices clears PRICE_CHANGED', async () => {
    const shopper = await stack.asUser(undefined, 'u-flags');
    await add(shopper, product, 5);
    await add(shopper, scarce, 3);
    await withSql(stack.catalog.database.url, async (sql) => {
      await sql`update products set stock = 1 where id = ${scarce}`;
      await sql`update products set price_amount_minor = price_amount_minor + 100 where id = ${product}`;
    });
    const flagged = await get(shopper);
    const issues = Object.fromEntries(flagged.lines.map((line) => [line.productId, line.issues]));
    expect(issues).toEqual({ [scarce]: [CartLineIssue.CART_LINE_ISSUE_INSUFFICIENT_STOCK], [product]: [CartLineIssue.CART_LINE_ISSUE_PRICE_CHANGED] });
    expect(flagged.checkoutReady).toBe(false);
    const accepted = (await stack.order.call(stack.order.client.acceptCartPrices, { guestCartId: '' }, shopper)).cart!;
    expect(accepted.lines.find((line) => line.productId === product)!.issues).toEqual([]);
    const set = (await stack.order.call(stack.order.client.setCartItemQuantity, { guestCartId: '', productId: scarce, quantity: 1 }, shopper)).cart!;
    expect(set.checkoutReady).toBe(true);
    const removed = (await stack.order.call(stack.order.client.removeCartItem, { guestCartId: '', productId: scarce }, shopper)).cart!;
    expect(removed.lines.map((line) => line.productId)).toEqual([product]);
    expect(removed.subtotal!.amountMinor).toBe(removed.lines[0]!.unitPrice!.amountMinor * 5);
    await withSql(stack.catalog.database.url, (sql) => sql`update products set stock = 3 where id = ${scarce}`);
  });
});

describe('bad input', () => {
  it('types every refusal and writes nothing', async () => {
    const shopper = await stack.asUser(undefined, 'u-bad');
    const before = await withSql(stack.order.database.url, (sql) => sql`select count(*)::int as n from cart_lines`);
    const cases: Array<[() => Promise<unknown>, number, string | undefined]> = [
      [() => add(shopper, product, 0), status.INVALID_ARGUMENT, 'quantity'],
      [() => add(shopper, product, -1), status.INVALID_ARGUMENT, 'quantity'],
      [() => add(shopper, product, 100), status.INVALID_ARGUMENT, 'quantity'],
      [() => add(shopper, 'not-a-uuid', 1), status.INVALID_ARGUMENT, 'product_id'],
      [() => add(shopper, '7a4c3f4e-1111-4222-8333-944455556666', 1), status.NOT_FOUND, 'product_id'],
      [() => add(shopper, scarce, 4), status.FAILED_PRECONDITION, 'quantity'],
      [() => add(guest(), product, 1, 'short'), status.INVALID_ARGUMENT, 'guest_cart_id'],
      [() => stack.order.call(stack.order.client.setCartItemQuantity, { guestCartId: '', productId: product, quantity: 2 }, shopper), status.NOT_FOUND, 'product_id'],
      [() => stack.order.call(stack.order.client.mergeCart, { guestCartId: 'A'.repeat(22) }, guest()), status.UNAUTHENTICATED, undefined],
    ];
    for (const [call, code, field] of cases) expect(await refusal(call())).toMatchObject({ code, field });
    const outOfStock = await refusal(add(shopper, scarce, 4));
    expect(outOfStock.reason).toBe('out-of-stock');
    expect(outOfStock.meta.get('out-of-stock-product-ids')).toEqual([scarce]);
    const bad = new Metadata();
    bad.set('authorization', 'Bearer not.a.token');
    expect(await refusal(get(bad))).toMatchObject({ code: status.UNAUTHENTICATED });
    const after = await withSql(stack.order.database.url, (sql) => sql`select count(*)::int as n from cart_lines`);
    expect(after).toEqual(before);
  });

  it('a line never passes 99 even when adds race', async () => {
    const shopper = await stack.asUser(undefined, 'u-race');
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => add(shopper, product, 10)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(9);
    expect((await get(shopper)).lines[0]!.quantity).toBe(90);
  });
});
