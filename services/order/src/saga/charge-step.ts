// Step 2: charge the vaulted card (idempotent by order id at the payment service, so a retry or
// a redelivery never charges twice).
import { ChargeStatus, type Charge } from '@shop/contracts/payment/v1';
import { readOrder } from '../orders/order-record.js';
import { transitionOrder } from '../orders/transition.js';
import { isTransient } from '../downstream/call.js';
import { compensateLate, onCancelled, onPaid, retryCharge, sagaTasks, type StepPayload } from './saga-jobs.js';
import { backoffMs, type SagaDeps } from './saga-deps.js';

const consumer = 'charge-payment';

/**
 * STOCK_RESERVED → PAID (then commit and ship) or CANCELLED "card declined"; while the payment
 * service is unavailable the charge is retried with backoff, and after the last attempt the order
 * is CANCELLED "payment unavailable" (stock released, any charge that did land refunded).
 */
export async function chargePayment(deps: SagaDeps, payload: StepPayload): Promise<void> {
  const { orderId, eventId, attempt } = payload;
  const order = await readOrder(deps.sql, orderId);
  if (!order || order.status !== 'STOCK_RESERVED') return;
  let charge: Charge;
  try {
    charge = await deps.payment.charge(orderId, { amountMinor: order.totalMinor, currency: order.currency }, order.paymentMethodId);
  } catch (error) {
    const retry = isTransient(error) && attempt < deps.settings.paymentAttempts;
    if (retry) {
      await retryCharge(deps.sql, order, attempt + 1, backoffMs(deps.settings.retryBaseMs, attempt + 1));
      return;
    }
    deps.logger.warn({ order_id: orderId, attempt, err: error }, 'payment failed; cancelling the order');
    await cancel(deps, orderId, eventId, 'payment unavailable');
    return;
  }
  if (charge.status !== ChargeStatus.CHARGE_STATUS_SUCCEEDED) {
    await cancel(deps, orderId, eventId, 'card declined');
    return;
  }
  const fulfilmentDelayMs = deps.settings.fulfilmentDelayMs;
  await deps.sql.begin(async (tx) => {
    const result = await transitionOrder(tx, orderId, { to: 'PAID', inbox: { consumer, eventId }, effects: (db, paid) => onPaid(db, paid, fulfilmentDelayMs) });
    // Paid after the order was cancelled (it expired, or the shopper cancelled, mid-charge): refund.
    if (!result.moved && result.order?.status === 'CANCELLED') await compensateLate(tx, result.order, sagaTasks.refund);
  });
}

function cancel(deps: SagaDeps, orderId: string, eventId: string, cancelReason: 'card declined' | 'payment unavailable') {
  return deps.sql.begin((tx) => transitionOrder(tx, orderId, { to: 'CANCELLED', cancelReason, inbox: { consumer, eventId }, effects: onCancelled }));
}
