// The saga's timers: fulfilment (PAID → SHIPPED after FULFILMENT_DELAY) and payment expiry.
import { transitionOrder } from '../orders/transition.js';
import { onCancelled, type StepPayload } from './saga-jobs.js';
import type { SagaDeps } from './saga-deps.js';

/** PAID → SHIPPED (the simulated warehouse); a no-op for any other status. */
export async function shipOrder(deps: SagaDeps, { orderId, eventId }: StepPayload): Promise<void> {
  await deps.sql.begin((tx) => transitionOrder(tx, orderId, { to: 'SHIPPED', inbox: { consumer: 'ship-order', eventId } }));
}

/**
 * Not paid in time → CANCELLED "expired", stock released once (the release is guarded at the
 * catalog); racing a late payment, exactly one of PAID and CANCELLED wins the row lock and the
 * loser compensates (charge-step refunds a charge that lands on a cancelled order).
 */
export async function expireOrder(deps: SagaDeps, { orderId, eventId }: StepPayload): Promise<void> {
  await deps.sql.begin((tx) => transitionOrder(tx, orderId, { to: 'CANCELLED', cancelReason: 'expired', inbox: { consumer: 'expire-order', eventId }, effects: onCancelled }));
}
