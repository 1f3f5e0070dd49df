// Crash recovery: the order service is SIGKILLed while orders wait for their charge; on restart
// every saga completes or compensates, nothing stays reserved and no order is charged twice.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { credentials, Metadata } from '@grpc/grpc-js';
import { OrderServiceClient, type PlaceOrderResponse } from '@shop/contracts/order/v1';
import { mintTestToken } from '@shop/node-platform/auth/testing';
import { createTestDatabase, type TestDatabase } from '@shop/services-platform/testing';
import { ADDRESS, GOOD_CARD, newKey, withSql } from '../testing/checkout-helpers.js';
import { SHOPPER, startDownstream, type Downstream } from '../testing/order-stack.js';
import { startOrderProcess } from '../testing/order-process.js';

let downstream: Downstream;
let database: TestDatabase;
const ORDERS = 30;

beforeAll(async () => {
  // Charges take 1.5 s, so the kill finds orders between reserve and pay.
  downstream = await startDownstream({ payment: { PAYMENT_LATENCY_MS: 1500 } });
  database = await createTestDatabase('order');
});
afterAll(async () => {
  await database?.drop();
  await downstream?.close();
});

function call<Req, Res>(client: OrderServiceClient, method: (req: Req, md: Metadata, cb: (error: Error | null, res: Res) => void) => unknown, request: Req, metadata: Metadata): Promise<Res> {
  return new Promise((resolve, reject) => method.call(client, request, metadata, (error, response) => (error ? reject(error) : resolve(response))));
}

const statusCounts = () =>
  withSql(database.url, (sql) => sql<Array<{ status: string; count: number }>>`select status, count(*)::int as count from orders group by status`);

it('SIGKILL between reserve and pay: on restart every order settles, stock balances, one charge per order', { timeout: 120_000 }, async () => {
  const env = { ORDER_DATABASE_URL: database.url, FULFILMENT_DELAY: '0', LOG_LEVEL: 'info', ...downstream.orderEnv };
  const first = await startOrderProcess(env);
  const client = new OrderServiceClient(first.address, credentials.createInsecure());
  const [catalogProduct] = await withSql(downstream.catalog.database.url, (sql) => sql<Array<{ id: string }>>`update products set stock = 100 where id = (select id from products order by slug limit 1) returning id`);
  const productId = catalogProduct!.id;
  const placed: PlaceOrderResponse[] = await Promise.all(
    Array.from({ length: ORDERS }, async (_, index) => {
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${await mintTestToken(downstream.keys.users, `u-crash-${index}`, SHOPPER, { ttlSeconds: 600 })}`);
      await call(client, client.addCartItem, { guestCartId: '', productId, quantity: 1 + (index % 3) }, metadata);
      const lines = [{ productId, quantity: 1 + (index % 3) }];
      return call(client, client.placeOrder, { idempotencyKey: newKey(), lines, shippingAddress: ADDRESS, cardNumber: GOOD_CARD, guestCartId: '' }, metadata);
    }),
  );
  client.close();
  expect(placed).toHaveLength(ORDERS);
  // Kill as soon as orders hold stock and wait for their charge.
  await expect.poll(async () => (await statusCounts()).find((row) => row.status === 'STOCK_RESERVED')?.count ?? 0, { timeout: 10_000, interval: 20 }).toBeGreaterThan(0);
  await first.kill();
  const atCrash = await statusCounts();
  expect(atCrash.some((row) => row.status === 'PENDING' || row.status === 'STOCK_RESERVED')).toBe(true);

  const stockNow = async () => {
    const [row] = await withSql(downstream.catalog.database.url, (sql) => sql<Array<{ stock: number; reserved: number; committed: number }>>`
      select p.stock, coalesce(sum(r.quantity) filter (where r.state = 'reserved'), 0)::int as reserved,
        coalesce(sum(r.quantity) filter (where r.state = 'committed'), 0)::int as committed
      from products p left join stock_reservations r on r.product_id = p.id where p.id = ${productId} group by p.stock`);
    return row;
  };
  const second = await startOrderProcess(env);
  try {
    await expect
      .poll(async () => (await statusCounts()).filter((row) => row.status !== 'SHIPPED' && row.status !== 'CANCELLED').length, { timeout: 90_000, interval: 250 })
      .toBe(0);
    const orders = await withSql(database.url, (sql) => sql<Array<{ id: string; status: string; quantity: number }>>`
      select o.id, o.status, sum(l.quantity)::int as quantity from orders o join order_lines l on l.order_id = o.id group by o.id`);
    const shipped = orders.filter((order) => order.status === 'SHIPPED');
    expect(shipped).toHaveLength(ORDERS); // the good card: every order pays once the saga resumes
    const sold = shipped.reduce((sum, order) => sum + order.quantity, 0);
    // Commits are their own saga steps: they may finish just after the last SHIPPED.
    await expect.poll(stockNow, { timeout: 15_000 }).toEqual({ stock: 100 - sold, reserved: 0, committed: sold });
  } finally {
    await second.kill();
  }
  const charges = await withSql(downstream.payment.database.url, (sql) => sql<Array<{ orderId: string; count: number }>>`
    select order_id as "orderId", count(*)::int as count from charges group by order_id`);
  expect(charges).toHaveLength(ORDERS);
  expect(charges.every((charge) => charge.count === 1)).toBe(true);
  const refunds = await withSql(downstream.payment.database.url, (sql) => sql`select 1 from refunds`);
  expect(refunds).toHaveLength(0);
});
