// Places orders as fast as `connections` shoppers can: through the order BFF (autocannon, each
// request the next prepared shopper) or straight to the order service over gRPC (the baseline
// that shows what the BFF adds). Every shopper places exactly one order.
import autocannon from 'autocannon';
import { credentials, Metadata } from '@grpc/grpc-js';
import { OrderServiceClient, type PlaceOrderRequest } from '@shop/contracts/order/v1';
import { placeOrderBody, type Shopper } from './shoppers.js';

export interface OrderRun {
  /** Orders placed per second (successful answers only). */
  ordersPerSecond: number;
  p99: number;
  /** Answers that were not a placed order (HTTP or GraphQL errors, gRPC errors). */
  failed: number;
  placed: number;
}

/** Through the BFF for `seconds`; bring more shoppers than can order in that time (a reused one counts as failed). */
export async function placeThroughBff(url: string, shoppers: Shopper[], seconds: number, connections: number): Promise<OrderRun> {
  let next = 0;
  let failed = 0;
  let placed = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const shopper = shoppers[next++ % shoppers.length]!;
          return { ...request, body: placeOrderBody(shopper), headers: { 'content-type': 'application/json', authorization: `Bearer ${shopper.token}` } };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"created":true')) placed++;
          else failed++;
        },
      },
    ],
  });
  const elapsed = Math.min(seconds, result.duration);
  return { ordersPerSecond: placed / elapsed, p99: result.latency.p99, failed, placed };
}

/** Straight over gRPC, `connections` calls in flight, for `seconds` or until shoppers run out. */
export async function placeOverGrpc(addr: string, shoppers: Shopper[], seconds: number, connections: number): Promise<OrderRun> {
  const client = new OrderServiceClient(addr, credentials.createInsecure());
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (next < shoppers.length && performance.now() < deadline) {
      const shopper = shoppers[next++]!;
      const body = JSON.parse(placeOrderBody(shopper)).variables.input;
      const request: PlaceOrderRequest = { ...body, guestCartId: '', shippingAddress: { line2: '', ...body.shippingAddress } };
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${shopper.token}`);
      const begin = performance.now();
      const ok = await new Promise<boolean>((resolve) =>
        client.placeOrder(request, metadata, { deadline: Date.now() + 8000 }, (error, response) => resolve(!error && response.created)),
      );
      if (ok) latencies.push(performance.now() - begin);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  client.close();
  latencies.sort((a, b) => a - b);
  return { ordersPerSecond: latencies.length / elapsed, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, failed, placed: latencies.length };
}
