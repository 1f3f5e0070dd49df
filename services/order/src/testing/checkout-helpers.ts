// Shopper actions and checks for the order service's integration tests, over real gRPC.
import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import postgres from 'postgres';
import { OrderStatus, type Cart, type Order, type PlaceOrderResponse } from '@shop/contracts/order/v1';
import type { OrderStack } from './order-stack.js';

export const GOOD_CARD = '4242 4242 4242 4242';
export const DECLINED_CARD = '4000 0000 0000 0002';
export const FAILING_CARD = '4000 0000 0000 0119';

export const ADDRESS = { fullName: 'Ada Lovelace', line1: '12 Analytical Row', line2: '', city: 'London', postalCode: 'NW1 2AB', country: 'GB' };

/** A fresh idempotency key. */
export const newKey = () => randomUUID().replaceAll('-', '');

/** Runs `query` on a test database (to plant or check rows the API does not show). */
export async function withSql<T>(url: string, query: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
}

/** A catalog product id with at least `stock` units after setting its stock to exactly `stock`. */
export async function productWithStock(stack: OrderStack, stock: number, offset = 0): Promise<string> {
  return withSql(stack.catalog.database.url, async (sql) => {
    const [row] = await sql<Array<{ id: string }>>`select id from products order by slug offset ${offset} limit 1`;
    await sql`update products set stock = ${stock} where id = ${row!.id}`;
    return row!.id;
  });
}

/** The catalog's stock of `productId`, and units still reserved / committed for it. */
export function stockOf(stack: OrderStack, productId: string): Promise<{ stock: number; reserved: number; committed: number }> {
  return withSql(stack.catalog.database.url, async (sql) => {
    const [row] = await sql<Array<{ stock: number; reserved: number; committed: number }>>`
      select p.stock,
        coalesce(sum(r.quantity) filter (where r.state = 'reserved'), 0)::int as reserved,
        coalesce(sum(r.quantity) filter (where r.state = 'committed'), 0)::int as committed
      from products p left join stock_reservations r on r.product_id = p.id where p.id = ${productId} group by p.stock`;
    return row!;
  });
}

/** Adds to `userId`'s cart. */
export async function addToCart(stack: OrderStack, userId: string, productId: string, quantity = 1): Promise<Cart> {
  const { cart } = await stack.order.call(stack.order.client.addCartItem, { guestCartId: '', productId, quantity }, await stack.asUser(undefined, userId));
  return cart!;
}

/** Places `userId`'s cart as it stands (or the confirmed `lines`) with `card`. */
export async function checkout(
  stack: OrderStack,
  userId: string,
  options: { card?: string; key?: string; lines?: Array<{ productId: string; quantity: number }> } = {},
): Promise<PlaceOrderResponse> {
  const metadata = await stack.asUser(undefined, userId);
  const lines = options.lines ?? (await stack.order.call(stack.order.client.getCart, { guestCartId: '' }, metadata)).cart!.lines.map(({ productId, quantity }) => ({ productId, quantity }));
  return stack.order.call(
    stack.order.client.placeOrder,
    { idempotencyKey: options.key ?? newKey(), lines, shippingAddress: ADDRESS, cardNumber: options.card ?? GOOD_CARD, guestCartId: '' },
    metadata,
  );
}

/**
 * `checkout` as a real client does it on a loaded machine: a call that times out or finds a
 * dependency unavailable is retried (up to 3 tries) with the SAME key and lines.
 */
export async function checkoutRetrying(stack: OrderStack, userId: string, lines: Array<{ productId: string; quantity: number }>): Promise<PlaceOrderResponse> {
  const key = newKey();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await checkout(stack, userId, { key, lines });
    } catch (error) {
      const code = (error as ServiceError).code;
      if (attempt === 3 || (code !== status.DEADLINE_EXCEEDED && code !== status.UNAVAILABLE)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

const finalStatuses = new Set([OrderStatus.ORDER_STATUS_SHIPPED, OrderStatus.ORDER_STATUS_CANCELLED, OrderStatus.ORDER_STATUS_REFUNDED]);

/** Polls until the order reaches one of `statuses` (default: a final one); fails after `timeoutMs`. */
export async function settle(stack: OrderStack, userId: string, orderId: string, statuses?: OrderStatus[], timeoutMs = 20_000): Promise<Order> {
  const wanted = statuses ? new Set(statuses) : finalStatuses;
  const metadata = await stack.asUser(undefined, userId);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { order } = await stack.order.call(stack.order.client.getOrder, { orderId }, metadata);
    if (wanted.has(order!.status)) return order!;
    if (Date.now() > until) throw new Error(`order ${orderId} still ${OrderStatus[order!.status]} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The gRPC error of a rejected call: code, details and metadata values. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: number; details: string; field?: string; reason?: string; meta: ServiceError['metadata'] }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught as ServiceError,
  );
  if (!error) throw new Error('expected the call to fail');
  const get = (key: string) => error.metadata.get(key)[0] as string | undefined;
  return { code: error.code, details: error.details, field: get('field'), reason: get('reason'), meta: error.metadata };
}
