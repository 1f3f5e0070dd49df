// Every status change of an order, in one transaction with what it causes: the order row moves
// (guarded by the domain's transitions and a compare-and-set on `version`), its event row is
// written (the outbox WatchOrder replays), the jobs it starts are enqueued, the consumer's inbox
// row is recorded, and listeners are notified on commit.
import { canTransition, transition as nextState, type CancelReason, type OrderStatus } from '../domain/index.js';
import { readOrder, type Db, type OrderRecord } from './order-record.js';

/** The LISTEN/NOTIFY channel of order changes (payload: the order id). */
export const ORDER_CHANGED = 'order_changed';

export interface TransitionRequest {
  to: OrderStatus;
  cancelReason?: CancelReason;
  outOfStockProductIds?: readonly string[];
  /** The handled event (consumer, event id): when already in the inbox the transition is skipped. */
  inbox?: { consumer: string; eventId: string };
  /** Work caused by the change (enqueue jobs), run in the same transaction. */
  effects?: (tx: Db, order: OrderRecord) => Promise<void>;
}

/** What happened: `moved` with the new order, or `skipped` with the order as it is (lost race, redelivery). */
export type TransitionResult = { moved: true; order: OrderRecord } | { moved: false; order: OrderRecord | undefined };

/** Records that `consumer` handled `eventId`; false when it already had (a redelivery). */
export async function recordInbox(db: Db, consumer: string, eventId: string): Promise<boolean> {
  const rows = await db`insert into inbox (consumer, event_id) values (${consumer}, ${eventId}) on conflict do nothing returning 1`;
  return rows.length === 1;
}

/** Moves order `orderId` inside transaction `tx` when the domain allows it; see TransitionRequest. */
export async function transitionOrder(tx: Db, orderId: string, request: TransitionRequest): Promise<TransitionResult> {
  const order = await readOrder(tx, orderId, { lock: true });
  if (!order || !canTransition(order.status, request.to)) return { moved: false, order };
  if (request.inbox && !(await recordInbox(tx, request.inbox.consumer, request.inbox.eventId))) return { moved: false, order };
  const next = nextState(order, request.to);
  const cancelReason = request.to === 'CANCELLED' ? (request.cancelReason ?? null) : order.cancelReason;
  const outOfStock = [...(request.outOfStockProductIds ?? order.outOfStockProductIds)];
  // Only PENDING and STOCK_RESERVED orders can still expire.
  const keepsExpiry = next.status === 'PENDING' || next.status === 'STOCK_RESERVED';
  const [updated] = await tx<Array<{ updatedAt: string; expiresAt: string | null }>>`
    update orders set status = ${next.status}, version = ${next.version}, cancel_reason = ${cancelReason},
      out_of_stock_product_ids = ${outOfStock}::uuid[], updated_at = now(),
      expires_at = case when ${keepsExpiry} then expires_at else null end
    where id = ${orderId} and version = ${order.version}
    returning updated_at::text as "updatedAt", expires_at::text as "expiresAt"`;
  if (!updated) throw new Error(`order ${orderId} changed under its row lock`);
  await tx`insert into order_events (order_id, version, status, cancel_reason, out_of_stock_product_ids, expires_at, created_at)
    values (${orderId}, ${next.version}, ${next.status}, ${cancelReason}, ${outOfStock}::uuid[], ${updated.expiresAt}::timestamptz, ${updated.updatedAt}::timestamptz)`;
  const moved: OrderRecord = { ...order, ...next, cancelReason, outOfStockProductIds: outOfStock, ...updated };
  await request.effects?.(tx, moved);
  await tx`select pg_notify(${ORDER_CHANGED}, ${orderId})`;
  return { moved: true, order: moved };
}

/** The event id of an order's change to `version` (what its consumers record in their inbox). */
export function eventId(orderId: string, version: number): string {
  return `${orderId}@${version}`;
}
