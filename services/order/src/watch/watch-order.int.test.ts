// WatchOrder over real gRPC: the order now, then every change once and in order, to every watcher,
// ending after a final status; others' orders are NOT_FOUND.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metadata, status, type ClientReadableStream } from '@grpc/grpc-js';
import { OrderStatus, type WatchOrderResponse } from '@shop/contracts/order/v1';
import { addToCart, checkout, productWithStock, refusal } from '../testing/checkout-helpers.js';
import { startOrderStack, type OrderStack } from '../testing/order-stack.js';

let stack: OrderStack;

beforeAll(async () => {
  // Fulfilment after 1 s and charges taking 300 ms: a watcher sees each step arrive.
  stack = await startOrderStack({ order: { FULFILMENT_DELAY: 1 }, payment: { PAYMENT_LATENCY_MS: 300 } });
});
afterAll(async () => stack?.close());

/** Collects a WatchOrder stream until it ends (resolves) or fails (rejects). */
function collect(orderId: string, metadata: Metadata): Promise<Array<{ version: number; status: OrderStatus }>> {
  const stream: ClientReadableStream<WatchOrderResponse> = stack.order.client.watchOrder({ orderId }, metadata, { deadline: Date.now() + 20_000 });
  const seen: Array<{ version: number; status: OrderStatus }> = [];
  return new Promise((resolve, reject) => {
    stream.on('data', ({ order }: WatchOrderResponse) => seen.push({ version: order!.version, status: order!.status }));
    stream.on('error', reject);
    stream.on('end', () => resolve(seen));
  });
}

describe('WatchOrder', () => {
  it('streams PENDING → STOCK_RESERVED → PAID → SHIPPED to two watchers, each version once, then ends', async () => {
    const productId = await productWithStock(stack, 10);
    await addToCart(stack, 'u-watch', productId, 1);
    const { order } = await checkout(stack, 'u-watch');
    const metadata = await stack.asUser(undefined, 'u-watch');
    const [first, second] = await Promise.all([collect(order!.id, metadata), collect(order!.id, metadata)]);
    for (const seen of [first, second]) {
      const versions = seen.map((event) => event.version);
      expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
      expect(seen.at(-1)).toEqual({ version: 4, status: OrderStatus.ORDER_STATUS_SHIPPED });
    }
    // Watching from the start, every change is seen (the first message may already be past PENDING).
    expect(first.map((event) => event.status)).toContain(OrderStatus.ORDER_STATUS_PAID);
  });

  it('sends a final order once and ends at once', async () => {
    const productId = await productWithStock(stack, 10, 1);
    await addToCart(stack, 'u-final', productId, 1);
    const { order } = await checkout(stack, 'u-final');
    const metadata = await stack.asUser(undefined, 'u-final');
    // Cancelled while PENDING (version 2) or after the saga reserved its stock (version 3).
    const { order: cancelled } = await stack.order.call(stack.order.client.cancelOrder, { orderId: order!.id }, metadata);
    expect(await collect(order!.id, metadata)).toEqual([{ version: cancelled!.version, status: OrderStatus.ORDER_STATUS_CANCELLED }]);
  });

  it("refuses another shopper's order and unknown ids as NOT_FOUND, a malformed id as INVALID_ARGUMENT, no token as UNAUTHENTICATED", async () => {
    const productId = await productWithStock(stack, 10, 2);
    await addToCart(stack, 'u-owner', productId, 1);
    const { order } = await checkout(stack, 'u-owner');
    const stranger = await stack.asUser(undefined, 'u-stranger');
    expect(await refusal(collect(order!.id, stranger))).toMatchObject({ code: status.NOT_FOUND });
    expect(await refusal(collect('7a4c3f4e-1111-4222-8333-944455556666', stranger))).toMatchObject({ code: status.NOT_FOUND });
    expect(await refusal(collect('nope', stranger))).toMatchObject({ code: status.INVALID_ARGUMENT, field: 'order_id' });
    expect(await refusal(collect(order!.id, new Metadata()))).toMatchObject({ code: status.UNAUTHENTICATED });
    // Someone with orders:read:any may watch it.
    const support = await stack.asUser(['orders:read:any'], 'u-support');
    await expect(collect(order!.id, support)).resolves.toBeDefined();
  });
});
