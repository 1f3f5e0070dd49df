// How a live order stream ends, seen on the gRPC wire: a gRPC proxy between the order BFF and the
// real order service shows the BFF cancelling WatchOrder when its SSE client leaves or the stream's
// deadline passes, and nothing left open after a stream completes on a final status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '@shop/bff-platform';
import { startRecordingProxy, type RecordingProxy } from '@shop/bff-platform/testing';
import { OrderServiceService, OrderStatus } from '@shop/contracts/order/v1';
import { addToCart, checkout, DECLINED_CARD, productWithStock, settle } from '@shop/services-order/testing';
import { readEvents, startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
let proxy: RecordingProxy;
let bff: RunningBff;
let shortLived: RunningBff;

beforeAll(async () => {
  // Paid orders stay PAID (no shipping during the test), so their streams stay open.
  stack = await startOrderBffStack({ order: { FULFILMENT_DELAY: 3600 } });
  proxy = await startRecordingProxy(OrderServiceService, stack.services.orderAddr);
  bff = await stack.startBff({ orderServiceAddr: proxy.address });
  shortLived = await stack.startBff({ orderServiceAddr: proxy.address, watchDeadlineMs: 1500 });
});
afterAll(async () => {
  await stack?.stop();
  await proxy?.stop();
});

type Update = { data?: { orderUpdated: { status: string; version: number; cancelReason: string | null } }; errors?: Array<{ extensions: { code: string } }> };

async function subscribe(to: RunningBff, orderId: string, userId: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${to.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${await stack.services.userToken(userId)}` },
    body: JSON.stringify({ query: 'subscription($id: ID!) { orderUpdated(id: $id) { status version cancelReason } }', variables: { id: orderId } }),
    signal,
  });
}

async function paidOrder(userId: string, offset: number): Promise<string> {
  const productId = await productWithStock(stack.services, 10, offset);
  await addToCart(stack.services, userId, productId, 1);
  const { order } = await checkout(stack.services, userId);
  await settle(stack.services, userId, order!.id, [OrderStatus.ORDER_STATUS_PAID]);
  return order!.id;
}

/** Resolves on the stream's first event (then keeps reading until it ends or is aborted). */
function firstEvent(response: Response): Promise<void> {
  return new Promise((resolve) => void readEvents(response, () => resolve()).catch(() => resolve()));
}

describe('WatchOrder lifecycle behind the order BFF', () => {
  it('cancels the gRPC stream as soon as the SSE client disconnects', async () => {
    const orderId = await paidOrder('u-leaving', 30);
    const leaving = new AbortController();
    const cancelledBefore = proxy.cancelledStreams.length;
    await firstEvent(await subscribe(bff, orderId, 'u-leaving', leaving.signal));
    expect(proxy.openStreams()).toBe(1);
    leaving.abort();
    await expect.poll(() => proxy.openStreams(), { timeout: 5000 }).toBe(0);
    expect(proxy.cancelledStreams.slice(cancelledBefore)).toEqual(['watchOrder']);
  });

  it('ends a stream at its deadline with UNAVAILABLE (the client resubscribes with a fresh token)', async () => {
    const orderId = await paidOrder('u-long-view', 31);
    const started = Date.now();
    const events = (await readEvents(await subscribe(shortLived, orderId, 'u-long-view'))) as Update[];
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(events[0]!.data!.orderUpdated.status).toBe('PAID');
    expect(events.at(-1)!.errors![0]!.extensions.code).toBe('UNAVAILABLE');
    await expect.poll(() => proxy.openStreams(), { timeout: 5000 }).toBe(0);
  });

  it('completes after a final status (a declined card: CANCELLED with its reason) and leaves no stream open', async () => {
    const productId = await productWithStock(stack.services, 10, 32);
    await addToCart(stack.services, 'u-declined', productId, 1);
    const { order } = await checkout(stack.services, 'u-declined', { card: DECLINED_CARD });
    const events = (await readEvents(await subscribe(bff, order!.id, 'u-declined'))) as Update[];
    expect(events.at(-1)!.data!.orderUpdated).toMatchObject({ status: 'CANCELLED', cancelReason: 'card declined' });
    const versions = events.map((event) => event.data!.orderUpdated.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    await expect.poll(() => proxy.openStreams(), { timeout: 5000 }).toBe(0);
  });
});
