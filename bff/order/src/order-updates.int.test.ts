// Live order status over SSE: two BFF processes watching one order both see every change in
// version order; the stream completes after a final status; a client that leaves frees its slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '@shop/bff-platform';
import { addToCart, checkout, productWithStock } from '@shop/services-order/testing';
import { readEvents, startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
let bffs: RunningBff[];

beforeAll(async () => {
  // Charges take 300 ms and shipping 1 s, so a subscriber sees each step arrive.
  stack = await startOrderBffStack({ order: { FULFILMENT_DELAY: 1 }, payment: { PAYMENT_LATENCY_MS: 300 } });
  bffs = [await stack.startBff(), await stack.startBff({ streamLimits: { maxStreams: 10, maxPerViewer: 1 } })];
});
afterAll(async () => stack?.stop());

const SUBSCRIPTION = 'subscription($id: ID!) { orderUpdated(id: $id) { id status version cancelReason } }';

async function subscribe(bff: RunningBff, orderId: string, userId: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${bff.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${await stack.services.userToken(userId)}` },
    body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: orderId } }),
    signal,
  });
}

type Update = { data?: { orderUpdated: { status: string; version: number } }; errors?: Array<{ extensions: { code: string } }> };

async function placed(userId: string, offset: number): Promise<string> {
  const productId = await productWithStock(stack.services, 10, offset);
  await addToCart(stack.services, userId, productId, 1);
  return (await checkout(stack.services, userId)).order!.id;
}

describe('orderUpdated', () => {
  it('fans out: two BFF processes each get every change once, in version order, then complete', async () => {
    const orderId = await placed('u-live', 0);
    const streams = await Promise.all(bffs.map((bff) => subscribe(bff, orderId, 'u-live')));
    for (const response of streams) expect(response.headers.get('content-type')).toContain('text/event-stream');
    const [first, second] = (await Promise.all(streams.map((response) => readEvents(response)))) as Update[][];
    for (const events of [first!, second!]) {
      const versions = events.map((event) => event.data!.orderUpdated.version);
      expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
      expect(events.at(-1)!.data!.orderUpdated).toMatchObject({ status: 'SHIPPED', version: 4 });
      expect(events.map((event) => event.data!.orderUpdated.status)).toContain('PAID');
    }
  });

  it("refuses another shopper's order with NOT_FOUND and a signed-out subscriber", async () => {
    const orderId = await placed('u-owner', 1);
    const events = (await readEvents(await subscribe(bffs[0]!, orderId, 'u-stranger'))) as Update[];
    expect(events[0]!.errors![0]!.extensions.code).toBe('NOT_FOUND');
    const anonymous = await fetch(`${bffs[0]!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { id: orderId } }),
    });
    const text = await anonymous.text();
    expect(text).toContain('UNAUTHENTICATED');
  });

  it('caps live streams per shopper, and a subscriber that disconnects frees its slot', async () => {
    const orderId = await placed('u-tabs', 2);
    const leaving = new AbortController();
    const open = await subscribe(bffs[1]!, orderId, 'u-tabs', leaving.signal);
    const firstEvent = new Promise<void>((resolve) => void readEvents(open, () => resolve()).catch(() => undefined));
    await firstEvent;
    const refused = (await readEvents(await subscribe(bffs[1]!, orderId, 'u-tabs'))) as Update[];
    expect(refused[0]!.errors![0]!.extensions.code).toBe('RATE_LIMITED');
    leaving.abort();
    await expect
      .poll(async () => {
        const events = (await readEvents(await subscribe(bffs[1]!, orderId, 'u-tabs'))) as Update[];
        return events[0]?.errors?.[0]?.extensions.code ?? 'OK';
      }, { timeout: 10_000 })
      .toBe('OK');
  });

  it('a BFF that stops ends its live streams at once with UNAVAILABLE, so clients reconnect elsewhere', async () => {
    const leaving = await stack.startBff();
    const orderId = await placed('u-restart', 3);
    const response = await subscribe(leaving, orderId, 'u-restart');
    let gotFirst: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (gotFirst = resolve));
    const events = readEvents(response, () => gotFirst());
    await first;
    await leaving.stop();
    const seen = (await events) as Update[];
    expect(seen.at(-1)!.errors![0]!.extensions.code).toBe('UNAVAILABLE');
  });
});
