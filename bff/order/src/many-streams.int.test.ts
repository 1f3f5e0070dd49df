// Many live order views on one BFF: they share its connection to the order service with every
// unary call, so the service must allow more than grpc's usual 100 streams per connection — or
// the 101st view, and every checkout behind it, would stall.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningBff } from '@shop/bff-platform';
import { graphqlRequester } from '@shop/bff-platform/testing';
import { addToCart, checkout, productWithStock, settle } from '@shop/services-order/testing';
import { OrderStatus } from '@shop/contracts/order/v1';
import { readEvents, startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
let bff: RunningBff;
const VIEWS = 150;

beforeAll(async () => {
  // Orders stay PAID (no shipping during the test): their streams stay open.
  stack = await startOrderBffStack({ order: { FULFILMENT_DELAY: 3600 } });
  bff = await stack.startBff({ streamLimits: { maxStreams: 1000, maxPerViewer: VIEWS } });
});
afterAll(async () => stack?.stop());

it(`${VIEWS} open live views on one BFF, and a checkout still goes through`, { timeout: 60_000 }, async () => {
  const productId = await productWithStock(stack.services, 100);
  await addToCart(stack.services, 'u-watcher', productId, 1);
  const { order } = await checkout(stack.services, 'u-watcher');
  await settle(stack.services, 'u-watcher', order!.id, [OrderStatus.ORDER_STATUS_PAID]);
  const token = await stack.services.userToken('u-watcher');
  const controllers = Array.from({ length: VIEWS }, () => new AbortController());
  const firstEvents = controllers.map(
    (controller) =>
      new Promise<void>((resolve, reject) => {
        fetch(`${bff.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: 'subscription($id: ID!) { orderUpdated(id: $id) { version } }', variables: { id: order!.id } }),
          signal: controller.signal,
        })
          .then((response) => readEvents(response, () => resolve()))
          .catch((error: unknown) => (controller.signal.aborted ? undefined : reject(error)));
      }),
  );
  try {
    await Promise.all(firstEvents);
    // Every view is open; a shopper still adds to the cart and reads it through the same BFF.
    const gql = graphqlRequester(bff.url);
    const added = await gql(`mutation($id: ID!) { addToCart(productId: $id) { itemCount } }`, { id: productId }, { authorization: `Bearer ${await stack.services.userToken('u-buyer')}` });
    expect(added.body.data).toEqual({ addToCart: { itemCount: 1 } });
  } finally {
    for (const controller of controllers) controller.abort();
  }
});
