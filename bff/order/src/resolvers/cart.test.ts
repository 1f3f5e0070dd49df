// The cart resolvers and mappers over a stubbed order client: wire → GraphQL, identity forwarded.
import { describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { serviceError } from '@shop/bff-platform/testing';
import { CartLineIssue, wireCart, wireCartLine } from '../testing/order-fixtures.js';
import { stubOrderSchema } from '../testing/stub-order-schema.js';

const GUEST = 'AbCdEfGhIjKlMnOpQrSt_-';
const CART = `{ guestCartId itemCount checkoutReady mergedGuestCart subtotal { amountMinor currency formatted }
  lines { productId productName productSlug imageUrl quantity stock issues unitPrice { formatted } lineTotal { amountMinor } acceptedUnitPrice { formatted } } }`;

describe('cart resolvers', () => {
  it('maps the wire cart: money formatted, image URL on the catalog image host, issues by name, empty guest id as null', async () => {
    const lines = [
      wireCartLine(),
      wireCartLine({ productId: 'p-2', imagePath: '', productSlug: 'mug', issues: [CartLineIssue.CART_LINE_ISSUE_PRICE_CHANGED, CartLineIssue.CART_LINE_ISSUE_INSUFFICIENT_STOCK] }),
      wireCartLine({ productId: 'p-3', issues: [CartLineIssue.CART_LINE_ISSUE_OUT_OF_STOCK, CartLineIssue.CART_LINE_ISSUE_UNSPECIFIED, CartLineIssue.UNRECOGNIZED] }),
    ];
    const { run } = stubOrderSchema({ getCart: () => ({ response: { cart: wireCart(lines, { checkoutReady: false }) } }) });
    const result = await run(`{ cart ${CART} }`, {}, { userId: 'u-1' });
    expect(result.errors).toBeUndefined();
    const cart = result.data!['cart'] as { guestCartId: unknown; subtotal: unknown; lines: Array<Record<string, unknown>> };
    expect(cart.guestCartId).toBeNull();
    expect(cart.subtotal).toEqual({ amountMinor: 2500, currency: 'USD', formatted: '$25.00' });
    expect(cart.lines[0]).toMatchObject({ imageUrl: 'https://img.test/images/products/teapot.svg', unitPrice: { formatted: '$12.50' }, lineTotal: { amountMinor: 2500 }, issues: [] });
    expect(cart.lines[1]).toMatchObject({ imageUrl: 'https://img.test/images/products/mug.svg', issues: ['PRICE_CHANGED', 'INSUFFICIENT_STOCK'] });
    expect(cart.lines[2]!['issues']).toEqual(['OUT_OF_STOCK']);
  });

  it("forwards the shopper's token, the request id, the guest cart id and a deadline on every call", async () => {
    const { run, calls } = stubOrderSchema({ addCartItem: () => ({ response: { cart: wireCart() } }) });
    const before = Date.now();
    const result = await run(`mutation { addToCart(productId: "p-1", quantity: 2) { itemCount } }`, {}, { userId: 'u-1', cartHeader: GUEST });
    expect(result.errors).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'addCartItem', request: { guestCartId: GUEST, productId: 'p-1', quantity: 2 } });
    expect(calls[0]!.metadata.get('authorization')).toEqual(['Bearer token-of-u-1']);
    expect(calls[0]!.metadata.get('x-request-id')).toEqual(['req-unit-0001']);
    expect(calls[0]!.deadline as number).toBeGreaterThanOrEqual(before + 3000);
    expect(calls[0]!.deadline as number).toBeLessThan(before + 5000);
  });

  it('sends a guest without a token and keeps the guest id the service answers', async () => {
    const { run, calls } = stubOrderSchema({ getCart: () => ({ response: { cart: wireCart([], { guestCartId: GUEST, itemCount: 0 }) } }) });
    const result = await run(`{ cart { guestCartId itemCount } }`, {}, { cartHeader: GUEST });
    expect(result.data).toEqual({ cart: { guestCartId: GUEST, itemCount: 0 } });
    expect(calls[0]!.metadata.get('authorization')).toEqual([]);
    expect(calls[0]!.request).toEqual({ guestCartId: GUEST });
  });

  it.each([['<script>'], ['AbCdEfGhIjKlMnOpQrSt_'], ['AbCdEfGhIjKlMnOpQrSt_-x'], ['AbCdEfGhIjKlMnOpQrS+/='], [[GUEST, GUEST]]])(
    'refuses X-Cart-Id %j with BAD_USER_INPUT before calling the service',
    async (header) => {
      const { run, calls } = stubOrderSchema({ getCart: () => ({ response: { cart: wireCart() } }) });
      const result = await run(`{ cart { itemCount } }`, {}, { cartHeader: header });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Cart-Id' });
      expect(calls).toEqual([]);
    },
  );

  it('sends no guest id for an absent or empty header', async () => {
    const { run, calls } = stubOrderSchema({ getCart: () => ({ response: { cart: wireCart() } }) });
    await run(`{ cart { itemCount } }`, {}, { cartHeader: '' });
    await run(`{ cart { itemCount } }`);
    expect(calls.map((call) => call.request)).toEqual([{ guestCartId: '' }, { guestCartId: '' }]);
  });

  it('maps refusals: out of stock with the product ids, a bad quantity naming the argument', async () => {
    const outOfStock = serviceError(status.FAILED_PRECONDITION, 'Only 1 left.', 'quantity');
    outOfStock.metadata.set('reason', 'out-of-stock');
    outOfStock.metadata.set('out-of-stock-product-ids', 'p-1');
    const { run } = stubOrderSchema({
      setCartItemQuantity: () => ({ error: outOfStock }),
      removeCartItem: () => ({ error: serviceError(status.INVALID_ARGUMENT, 'Unknown product.', 'product_id') }),
      acceptCartPrices: () => ({ error: serviceError(status.UNAVAILABLE, 'connect ECONNREFUSED 10.0.0.1:50053') }),
    });
    const set = await run(`mutation { setCartItemQuantity(productId: "p-1", quantity: 5) { itemCount } }`);
    expect(set.errors?.[0]?.extensions).toEqual({ code: 'OUT_OF_STOCK', field: 'quantity', reason: 'out-of-stock', outOfStockProductIds: ['p-1'] });
    const removed = await run(`mutation { removeFromCart(productId: "x") { itemCount } }`);
    expect(removed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId' });
    const accepted = await run(`mutation { acceptCartPrices { itemCount } }`);
    expect(accepted.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE' });
    expect(accepted.errors?.[0]?.message).not.toContain('10.0.0.1');
  });
});
