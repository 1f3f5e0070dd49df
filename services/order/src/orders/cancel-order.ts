// CancelOrder: the shopper (or an operator with orders:manage) cancels an order not paid yet.
import { DomainError } from '@shop/services-platform';
import type { Sql } from 'postgres';
import { onCancelled } from '../saga/saga-jobs.js';
import { orderFor, type OrderReader } from './order-queries.js';
import type { OrderRecord } from './order-record.js';
import { transitionOrder } from './transition.js';

/** Cancels `orderId` ("cancelled by customer"); a repeat returns the cancelled order; paid or shipped is FAILED_PRECONDITION. */
export async function cancelOrder(sql: Sql, reader: OrderReader, orderId: string): Promise<OrderRecord> {
  await orderFor(sql, reader, orderId);
  const result = await sql.begin((tx) => transitionOrder(tx, orderId, { to: 'CANCELLED', cancelReason: 'cancelled by customer', effects: onCancelled }));
  if (result.moved) return result.order;
  const order = result.order!;
  if (order.status === 'CANCELLED') return order;
  throw new DomainError('FAILED_PRECONDITION', 'This order is paid and can no longer be cancelled.', 'order_id', { reason: 'order-not-cancellable' });
}
