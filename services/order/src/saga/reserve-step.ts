// Step 1: hold the order's stock in the catalog (idempotent by order id there).
import { status } from '@grpc/grpc-js';
import { readOrder } from '../orders/order-record.js';
import { transitionOrder } from '../orders/transition.js';
import { errorMetadata, grpcCode } from '../downstream/call.js';
import { compensateLate, onCancelled, onReserved, sagaTasks, type StepPayload } from './saga-jobs.js';
import type { SagaDeps } from './saga-deps.js';

const consumer = 'reserve-stock';

/** PENDING → STOCK_RESERVED (then charge), or CANCELLED "out of stock"; a throw retries later. */
export async function reserveStock(deps: SagaDeps, { orderId, eventId }: StepPayload): Promise<void> {
  const order = await readOrder(deps.sql, orderId);
  if (!order || order.status !== 'PENDING') return;
  try {
    await deps.catalog.reserve(orderId, order.lines);
  } catch (error) {
    const outOfStock = errorMetadata(error, 'out-of-stock-product-ids');
    if (grpcCode(error) !== status.FAILED_PRECONDITION) throw error;
    if (outOfStock === undefined) return; // the reservation was released: the order was cancelled meanwhile
    await deps.sql.begin((tx) =>
      transitionOrder(tx, orderId, {
        to: 'CANCELLED',
        cancelReason: 'out of stock',
        outOfStockProductIds: outOfStock.split(',').filter(Boolean),
        inbox: { consumer, eventId },
        effects: onCancelled,
      }),
    );
    return;
  }
  await deps.sql.begin(async (tx) => {
    const result = await transitionOrder(tx, orderId, { to: 'STOCK_RESERVED', inbox: { consumer, eventId }, effects: onReserved });
    // Cancelled while we reserved (expired, or by the shopper): give the stock back.
    if (!result.moved && result.order?.status === 'CANCELLED') await compensateLate(tx, result.order, sagaTasks.release);
  });
}
