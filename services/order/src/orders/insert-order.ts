// Writing a new order: the order row, its snapshotted lines and its first event (version 1).
import { randomUUID } from 'node:crypto';
import { newOrderNumber, type ShippingAddress } from '../domain/index.js';
import { readOrder, type Db, type OrderRecord } from './order-record.js';
import { ORDER_CHANGED } from './transition.js';

export interface NewOrder {
  userId: string;
  idempotencyKey: string;
  fingerprint: string;
  lines: Array<{ productId: string; productName: string; productSlug: string; quantity: number; unitAmountMinor: number }>;
  currency: string;
  address: ShippingAddress;
  card: { brand: string; last4: string; paymentMethodId: string };
  paymentTimeoutSeconds: number;
}

/** Inserts a PENDING order (version 1) with its lines and event; returns it as stored. */
export async function insertOrder(tx: Db, order: NewOrder): Promise<OrderRecord> {
  const id = randomUUID();
  const total = order.lines.reduce((sum, line) => sum + line.unitAmountMinor * line.quantity, 0);
  await tx`insert into orders (id, number, user_id, status, total_minor, currency, shipping_address, card_brand, card_last4,
      payment_method_id, idempotency_key, fingerprint, version, expires_at)
    values (${id}, ${newOrderNumber()}, ${order.userId}, 'PENDING', ${total}, ${order.currency}, ${JSON.stringify(order.address)}::text::jsonb,
      ${order.card.brand}, ${order.card.last4}, ${order.card.paymentMethodId}, ${order.idempotencyKey}, ${order.fingerprint}, 1,
      now() + make_interval(secs => ${order.paymentTimeoutSeconds}))`;
  const lines = order.lines.map((line, position) => ({
    order_id: id,
    product_id: line.productId,
    product_name: line.productName,
    product_slug: line.productSlug,
    quantity: line.quantity,
    unit_amount_minor: line.unitAmountMinor,
    position,
  }));
  await tx`insert into order_lines ${tx(lines)}`;
  await tx`insert into order_events (order_id, version, status, expires_at, created_at)
    select id, 1, 'PENDING', expires_at, created_at from orders where id = ${id}`;
  await tx`select pg_notify(${ORDER_CHANGED}, ${id})`;
  const stored = await readOrder(tx, id);
  if (!stored) throw new Error(`order ${id} vanished inside its own transaction`);
  return stored;
}
