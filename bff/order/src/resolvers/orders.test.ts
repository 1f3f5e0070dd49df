// Checkout and order resolvers over a stubbed order client: mapping, paging, errors, identity.
import { describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { serviceError } from '@shop/bff-platform/testing';
import { OrderStatus, wireOrder } from '../testing/order-fixtures.js';
import { stubOrderSchema } from '../testing/stub-order-schema.js';

const ORDER = `{ id number status cancelReason outOfStockProductIds version createdAt updatedAt expiresAt cardBrand cardLast4
  total { amountMinor currency formatted } lines { productId quantity unitPrice { formatted } lineTotal { amountMinor } }
  shippingAddress { fullName line1 line2 city postalCode country } }`;
const ADDRESS = { fullName: 'Ada Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'NW1 2AB', country: 'GB' };
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created order { id status } } }`;
const input = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: 'key-000000000000001',
  lines: [{ productId: 'p-1', quantity: 2 }],
  shippingAddress: ADDRESS,
  cardNumber: '4242 4242 4242 4242',
  ...overrides,
});

describe('order mapping', () => {
  it('maps every status by name, money, and empty optional strings as null', async () => {
    const statuses = {
      PENDING: OrderStatus.ORDER_STATUS_PENDING,
      STOCK_RESERVED: OrderStatus.ORDER_STATUS_STOCK_RESERVED,
      PAID: OrderStatus.ORDER_STATUS_PAID,
      SHIPPED: OrderStatus.ORDER_STATUS_SHIPPED,
      CANCELLED: OrderStatus.ORDER_STATUS_CANCELLED,
      REFUNDED: OrderStatus.ORDER_STATUS_REFUNDED,
    };
    for (const [name, wire] of Object.entries(statuses)) {
      const { run } = stubOrderSchema({ getOrder: () => ({ response: { order: wireOrder({ status: wire, expiresAt: '' }) } }) });
      const result = await run(`{ order(id: "o-1") ${ORDER} }`, {}, { userId: 'u-1' });
      expect(result.errors).toBeUndefined();
      expect(result.data!['order']).toMatchObject({
        status: name,
        cancelReason: null,
        expiresAt: null,
        total: { amountMinor: 2500, currency: 'USD', formatted: '$25.00' },
        lines: [{ productId: 'p-1', quantity: 2, unitPrice: { formatted: '$12.50' }, lineTotal: { amountMinor: 2500 } }],
        shippingAddress: { ...ADDRESS, line2: null },
      });
    }
  });

  it('keeps a cancel reason, the out-of-stock ids and the expiry, and refuses an unknown status instead of guessing', async () => {
    const cancelled = wireOrder({ status: OrderStatus.ORDER_STATUS_CANCELLED, cancelReason: 'out of stock', outOfStockProductIds: ['p-1'] });
    const { run } = stubOrderSchema({
      getOrder: (request) => ({ response: { order: (request as { orderId: string }).orderId === 'o-1' ? cancelled : wireOrder({ status: OrderStatus.UNRECOGNIZED }) } }),
    });
    const result = await run(`{ order(id: "o-1") ${ORDER} }`, {}, { userId: 'u-1' });
    expect(result.data!['order']).toMatchObject({ status: 'CANCELLED', cancelReason: 'out of stock', outOfStockProductIds: ['p-1'], expiresAt: '2026-12-04T04:15:00.000Z' });
    const unknown = await run(`{ order(id: "o-2") { status } }`, {}, { userId: 'u-1' });
    expect(unknown.data!['order']).toBeNull();
    expect(unknown.errors?.[0]?.message).toMatch(/unknown order status/);
  });

  it("answers another shopper's order (NOT_FOUND from the service) as null with NOT_FOUND", async () => {
    const { run } = stubOrderSchema({ getOrder: () => ({ error: serviceError(status.NOT_FOUND, 'No such order.') }) });
    const result = await run(`{ order(id: "o-9") { id } }`, {}, { userId: 'u-2' });
    expect(result.data).toEqual({ order: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('orders connection', () => {
  it('pages with ListOrders tokens: first → page_size, endCursor → the next page token', async () => {
    const pages: Record<string, { orders: ReturnType<typeof wireOrder>[]; nextPageToken: string; totalCount: number }> = {
      '': { orders: [wireOrder({ id: 'o-3' }), wireOrder({ id: 'o-2' })], nextPageToken: 'tok-2', totalCount: 3 },
      'tok-2': { orders: [wireOrder({ id: 'o-1' })], nextPageToken: '', totalCount: 3 },
    };
    const { run, calls } = stubOrderSchema({ listOrders: (request) => ({ response: pages[(request as { pageToken: string }).pageToken] }) });
    const query = `query($after: String) { orders(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = await run(query, {}, { userId: 'u-1' });
    const connection = first.data!['orders'] as { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['o-3', 'o-2']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const second = await run(query, { after: connection.pageInfo.endCursor }, { userId: 'u-1' });
    expect(second.data!['orders']).toMatchObject({ totalCount: 3, edges: [{ node: { id: 'o-1' } }], pageInfo: { hasNextPage: false } });
    expect(calls.map((call) => call.request)).toEqual([
      { pageSize: 2, pageToken: '' },
      { pageSize: 2, pageToken: 'tok-2' },
    ]);
  });

  it('asks for 20 by default and refuses a page size out of 1..50, a forged cursor and a guest, before any call', async () => {
    const { run, calls } = stubOrderSchema({ listOrders: () => ({ response: { orders: [], nextPageToken: '', totalCount: 0 } }) });
    await run(`{ orders { totalCount } }`, {}, { userId: 'u-1' });
    expect(calls.map((call) => call.request)).toEqual([{ pageSize: 20, pageToken: '' }]);
    for (const first of [0, 51, -1]) {
      const result = await run(`query($first: Int) { orders(first: $first) { totalCount } }`, { first }, { userId: 'u-1' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const forged = await run(`{ orders(after: "not-a-cursor") { totalCount } }`, {}, { userId: 'u-1' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const guest = await run(`{ orders { totalCount } }`);
    expect(guest.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toHaveLength(1);
  });
});

describe('placeOrder', () => {
  it('forwards the checkout with the guest cart id, a 10 s deadline, and answers created', async () => {
    const { run, calls } = stubOrderSchema({ placeOrder: () => ({ response: { order: wireOrder(), created: true } }) });
    const before = Date.now();
    const result = await run(PLACE, { input: input() }, { userId: 'u-1', cartHeader: 'AbCdEfGhIjKlMnOpQrSt_-' });
    expect(result.data).toEqual({ placeOrder: { created: true, order: { id: 'o-1', status: 'PENDING' } } });
    expect(calls[0]!.request).toEqual({
      idempotencyKey: 'key-000000000000001',
      lines: [{ productId: 'p-1', quantity: 2 }],
      shippingAddress: { ...ADDRESS, line2: '' },
      cardNumber: '4242 4242 4242 4242',
      guestCartId: 'AbCdEfGhIjKlMnOpQrSt_-',
    });
    expect(calls[0]!.deadline as number).toBeGreaterThanOrEqual(before + 10_000);
  });

  it('maps refusals: a reused key and a changed cart are CONFLICT, field errors name the input path', async () => {
    const changed = serviceError(status.FAILED_PRECONDITION, 'The cart changed.');
    changed.metadata.set('reason', 'cart-changed');
    const replies = [
      serviceError(status.ALREADY_EXISTS, 'Key used for another checkout.'),
      changed,
      serviceError(status.INVALID_ARGUMENT, 'Postal code is not valid.', 'shipping_address.postal_code'),
      serviceError(status.INVALID_ARGUMENT, 'Quantity 1..99.', 'lines[0].quantity'),
      serviceError(status.INVALID_ARGUMENT, 'Unknown guest cart.', 'guest_cart_id'),
    ];
    const { run } = stubOrderSchema({ placeOrder: () => ({ error: replies.shift() }) });
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push((await run(PLACE, { input: input() }, { userId: 'u-1' })).errors?.[0]?.extensions);
    expect(answers).toEqual([
      { code: 'CONFLICT' },
      { code: 'CONFLICT', reason: 'cart-changed' },
      { code: 'BAD_USER_INPUT', field: 'input.shippingAddress.postalCode' },
      { code: 'BAD_USER_INPUT', field: 'input.lines[0].quantity' },
      { code: 'BAD_USER_INPUT', field: 'X-Cart-Id' },
    ]);
  });

  it('refuses a guest before calling the service', async () => {
    const { run, calls } = stubOrderSchema({});
    const result = await run(PLACE, { input: input() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(calls).toEqual([]);
  });
});

describe('cancelOrder', () => {
  it('answers an order past cancelling with CONFLICT and its reason, and names the id argument', async () => {
    const late = serviceError(status.FAILED_PRECONDITION, 'Already paid.');
    late.metadata.set('reason', 'order-not-cancellable');
    const replies = [late, serviceError(status.INVALID_ARGUMENT, 'Not a UUID.', 'order_id')];
    const { run } = stubOrderSchema({ cancelOrder: () => ({ error: replies.shift() }) });
    const paid = await run(`mutation { cancelOrder(id: "o-1") { id } }`, {}, { userId: 'u-1' });
    expect(paid.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'order-not-cancellable' });
    const bad = await run(`mutation { cancelOrder(id: "x") { id } }`, {}, { userId: 'u-1' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
