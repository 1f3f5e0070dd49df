// The cart through the order BFF against the real services: add, set, remove, a price change
// that blocks checkout until accepted, and a guest's cart by X-Cart-Id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequester, type GqlRequest } from '@shop/bff-platform/testing';
import { newKey, productWithStock, withSql } from '@shop/services-order/testing';
import { startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
let gql: GqlRequest;
let teapot: string;
let mug: string;

beforeAll(async () => {
  stack = await startOrderBffStack();
  gql = graphqlRequester((await stack.startBff()).url);
  [teapot, mug] = [await productWithStock(stack.services, 5, 10), await productWithStock(stack.services, 5, 11)];
});
afterAll(async () => stack?.stop());

const CART = '{ guestCartId itemCount checkoutReady lines { productId quantity issues unitPrice { amountMinor } acceptedUnitPrice { amountMinor } } }';
const ADDRESS = { fullName: 'Ada Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'NW1 2AB', country: 'GB' };
type CartAnswer = { guestCartId: string | null; itemCount: number; checkoutReady: boolean; lines: Array<{ productId: string; quantity: number; issues: string[]; unitPrice: { amountMinor: number } }> };

const bearer = async (userId: string) => ({ authorization: `Bearer ${await stack.services.userToken(userId)}` });
const cartOf = (answer: Awaited<ReturnType<GqlRequest>>, field: string) => {
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data![field] as CartAnswer;
};

describe('cart flow', () => {
  it('adds, sets, removes; a price change blocks checkout until the shopper accepts it', async () => {
    const me = await bearer('u-cart-flow');
    cartOf(await gql(`mutation($id: ID!) { addToCart(productId: $id, quantity: 2) ${CART} }`, { id: teapot }, me), 'addToCart');
    cartOf(await gql(`mutation($id: ID!) { addToCart(productId: $id) ${CART} }`, { id: mug }, me), 'addToCart');
    const set = cartOf(await gql(`mutation($id: ID!) { setCartItemQuantity(productId: $id, quantity: 3) ${CART} }`, { id: teapot }, me), 'setCartItemQuantity');
    expect(set).toMatchObject({ itemCount: 4, checkoutReady: true });
    const tooMany = await gql(`mutation($id: ID!) { setCartItemQuantity(productId: $id, quantity: 6) ${CART} }`, { id: teapot }, me);
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'OUT_OF_STOCK', outOfStockProductIds: [teapot] });
    const removed = cartOf(await gql(`mutation($id: ID!) { removeFromCart(productId: $id) ${CART} }`, { id: mug }, me), 'removeFromCart');
    expect(removed.lines.map((line) => [line.productId, line.quantity])).toEqual([[teapot, 3]]);

    const price = removed.lines[0]!.unitPrice.amountMinor;
    await withSql(stack.services.catalog.database.url, (sql) => sql`update products set price_amount_minor = ${price + 100} where id = ${teapot}`);
    const changed = cartOf(await gql(`{ cart ${CART} }`, {}, me), 'cart');
    expect(changed).toMatchObject({ checkoutReady: false, lines: [{ issues: ['PRICE_CHANGED'], unitPrice: { amountMinor: price + 100 }, acceptedUnitPrice: { amountMinor: price } }] });
    const blocked = await gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`,
      { input: { idempotencyKey: newKey(), lines: [{ productId: teapot, quantity: 3 }], shippingAddress: ADDRESS, cardNumber: '4242424242424242' } },
      me,
    );
    expect(blocked.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'cart-not-ready' });
    const accepted = cartOf(await gql(`mutation { acceptCartPrices ${CART} }`, {}, me), 'acceptCartPrices');
    expect(accepted).toMatchObject({ checkoutReady: true, lines: [{ issues: [], acceptedUnitPrice: { amountMinor: price + 100 } }] });
  });

  it("keeps a guest's cart by X-Cart-Id through set and remove, apart from everyone else's", async () => {
    const first = cartOf(await gql(`mutation($id: ID!) { addToCart(productId: $id) ${CART} }`, { id: mug }), 'addToCart');
    const header = { 'x-cart-id': first.guestCartId! };
    const set = cartOf(await gql(`mutation($id: ID!) { setCartItemQuantity(productId: $id, quantity: 2) ${CART} }`, { id: mug }, header), 'setCartItemQuantity');
    expect(set).toMatchObject({ guestCartId: first.guestCartId, itemCount: 2 });
    const other = cartOf(await gql(`mutation($id: ID!) { addToCart(productId: $id) ${CART} }`, { id: mug }), 'addToCart');
    expect(other.guestCartId).not.toBe(first.guestCartId);
    const removed = cartOf(await gql(`mutation($id: ID!) { removeFromCart(productId: $id) ${CART} }`, { id: mug }, header), 'removeFromCart');
    expect(removed).toMatchObject({ guestCartId: first.guestCartId, itemCount: 0, lines: [] });
    expect(cartOf(await gql(`{ cart ${CART} }`, {}, { 'x-cart-id': other.guestCartId! }), 'cart')).toMatchObject({ itemCount: 1 });
  });
});
