// WatchOrder: the order now, then every change in version order, each once, until a final status.
// Changes are read from the order's event rows (the outbox), so two quick changes are both sent
// even when one notification covers them.
import type { Order } from '@shop/contracts/order/v1';
import type { Sql } from 'postgres';
import { isFinal, type OrderStatus } from '../domain/index.js';
import type { OrderRecord } from '../orders/order-record.js';
import { orderFor, type OrderReader } from '../orders/order-queries.js';
import { toWireOrder } from '../orders/order-wire.js';
import type { OrderFeed } from './order-feed.js';

interface EventRow {
  version: number;
  status: OrderStatus;
  cancelReason: string | null;
  outOfStockProductIds: string[];
  expiresAt: string | null;
  createdAt: string;
}

/** Streams order `orderId` to `send` until it is final or `signal` aborts. */
export async function watchOrder(sql: Sql, feed: OrderFeed, reader: OrderReader, orderId: string, send: (order: Order) => void, signal: AbortSignal): Promise<void> {
  let wake: () => void = () => {};
  let dirty = true;
  const unwatch = feed.watch(orderId, () => {
    dirty = true;
    wake();
  });
  const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  try {
    // Subscribed before the first read, so no change between the two is missed.
    let order: OrderRecord = await orderFor(sql, reader, orderId);
    send(toWireOrder(order));
    while (!isFinal(order.status) && !signal.aborted) {
      if (!dirty) await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
      if (signal.aborted) break;
      dirty = false;
      const events = await sql<EventRow[]>`select version, status, cancel_reason as "cancelReason",
          out_of_stock_product_ids::text[] as "outOfStockProductIds", expires_at::text as "expiresAt", created_at::text as "createdAt"
        from order_events where order_id = ${orderId} and version > ${order.version} order by version`;
      for (const event of events) {
        order = { ...order, ...event, cancelReason: event.cancelReason as OrderRecord['cancelReason'], updatedAt: event.createdAt };
        if (signal.aborted) break;
        send(toWireOrder(order));
      }
    }
  } finally {
    unwatch();
  }
}
