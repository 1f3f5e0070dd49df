// The order BFF over real HTTP in front of the real order, catalog and payment services.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequester, type GqlRequest } from '@shop/bff-platform/testing';
import type { RunningBff } from '@shop/bff-platform';
import { addToCart, checkout, productWithStock } from '@shop/services-order/testing';
import { startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
let bff: RunningBff;
let gql: GqlRequest;
let productId: string;

beforeAll(async () => {
  stack = await startOrderBffStack();
  bff = await stack.startBff();
  gql = graphqlRequester(bff.url);
  productId = await productWithStock(stack.services, 5);
});
afterAll(async () => stack?.stop());

const bearer = async (userId: string) => ({ authorization: `Bearer ${await stack.services.userToken(userId)}` });
const CART = 'guestCartId itemCount mergedGuestCart checkoutReady subtotal { amountMinor currency formatted } lines { productId quantity imageUrl issues unitPrice { formatted } }';
const ORDER = 'id number status version cancelReason total { formatted } lines { productId quantity } expiresAt';
const ADDRESS = { fullName: 'Ada Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'NW1 2AB', country: 'GB' };

describe('cart', () => {
  it('gives a guest a cart id on the first add, reads it back by X-Cart-Id, and merges it on sign-in', async () => {
    const added = await gql(`mutation($id: ID!) { addToCart(productId: $id, quantity: 2) { ${CART} } }`, { id: productId });
    const cart = added.body.data!['addToCart'] as { guestCartId: string; lines: Array<{ imageUrl: string }>; subtotal: { formatted: string } };
    expect(cart.guestCartId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cart.lines[0]!.imageUrl).toMatch(/^http:\/\/images\.test\/images\/products\/.+\.svg$/);
    expect(cart.subtotal.formatted).toMatch(/^\$/);
    const read = await gql(`{ cart { ${CART} } }`, {}, { 'x-cart-id': cart.guestCartId });
    expect(read.body.data!['cart']).toMatchObject({ itemCount: 2, guestCartId: cart.guestCartId });
    const merged = await gql(`{ cart { ${CART} } }`, {}, { 'x-cart-id': cart.guestCartId, ...(await bearer('u-bff-merge')) });
    expect(merged.body.data!['cart']).toMatchObject({ itemCount: 2, guestCartId: null, mergedGuestCart: true });
  });

  it('answers a malformed X-Cart-Id, a bad quantity and too little stock with typed errors', async () => {
    const badHeader = await gql(`{ cart { itemCount } }`, {}, { 'x-cart-id': '<script>' });
    expect(badHeader.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Cart-Id' });
    const zero = await gql(`mutation($id: ID!) { addToCart(productId: $id, quantity: 0) { itemCount } }`, { id: productId });
    expect(zero.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    const tooMany = await gql(`mutation($id: ID!) { addToCart(productId: $id, quantity: 6) { itemCount } }`, { id: productId }, await bearer('u-bff-stock'));
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'OUT_OF_STOCK', outOfStockProductIds: [productId] });
    const unknown = await gql(`mutation { addToCart(productId: "7a4c3f4e-1111-4222-8333-944455556666") { itemCount } }`);
    expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
  });
});

describe('checkout and orders', () => {
  const place = async (userId: string, key: string, quantity: number, card = '4242 4242 4242 4242') =>
    gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created order { ${ORDER} } } }`,
      { input: { idempotencyKey: key, lines: [{ productId, quantity }], shippingAddress: ADDRESS, cardNumber: card } },
      await bearer(userId),
    );

  it('places once per key, replays the same order, and answers the key reused for another cart with CONFLICT', async () => {
    await gql(`mutation($id: ID!) { addToCart(productId: $id) { itemCount } }`, { id: productId }, await bearer('u-bff-buy'));
    const key = 'bff-key-0000000000000001';
    const [first, again] = [await place('u-bff-buy', key, 1), await place('u-bff-buy', key, 1)];
    const order = (first.body.data!['placeOrder'] as { order: { id: string; status: string } }).order;
    expect(first.body.data!['placeOrder']).toMatchObject({ created: true, order: { status: 'PENDING', version: 1 } });
    expect(again.body.data!['placeOrder']).toMatchObject({ created: false, order: { id: order.id } });
    const conflict = await place('u-bff-buy', key, 3);
    expect(conflict.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const anonymous = await gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`, {
      input: { idempotencyKey: key, lines: [], shippingAddress: ADDRESS, cardNumber: '4242424242424242' },
    });
    expect(anonymous.status).toBe(401);
    const badAddress = await gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created } }`,
      { input: { idempotencyKey: 'bff-key-0000000000000002', lines: [{ productId, quantity: 1 }], shippingAddress: { ...ADDRESS, country: 'UK!' }, cardNumber: '4242424242424242' } },
      await bearer('u-bff-buy'),
    );
    expect(badAddress.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.shippingAddress.country' });
  });

  it("lists the shopper's orders as a connection and hides others' orders as NOT_FOUND", async () => {
    const mine = await gql(`{ orders(first: 1) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, {}, await bearer('u-bff-buy'));
    const connection = mine.body.data!['orders'] as { totalCount: number; edges: Array<{ node: { id: string } }> };
    expect(connection.totalCount).toBe(1);
    const id = connection.edges[0]!.node.id;
    const theirs = await gql(`query($id: ID!) { order(id: $id) { id } }`, { id }, await bearer('u-bff-other'));
    expect(theirs.body.data!['order']).toBeNull();
    expect(theirs.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const tooMany = await gql(`{ orders(first: 51) { totalCount } }`, {}, await bearer('u-bff-buy'));
    expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('pages through the orders newest first with first/after until hasNextPage is false', async () => {
    const plenty = await productWithStock(stack.services, 50, 20);
    const placed: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await addToCart(stack.services, 'u-bff-pages', plenty, 1);
      placed.push((await checkout(stack.services, 'u-bff-pages')).order!.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const answer = await gql(
        `query($after: String) { orders(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        await bearer('u-bff-pages'),
      );
      const connection = answer.body.data!['orders'] as { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      expect(connection.totalCount).toBe(5);
      expect(connection.edges.length).toBe(page < 2 ? 2 : 1);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(placed.reverse());
  });
});
