// The steps that settle an order with the other services once its status is decided: commit
// the sale, release the stock, refund the charge. Each is idempotent at the callee; the inbox
// makes a redelivered step a no-op without calling out again.
import type { Db } from '../orders/order-record.js';
import { recordInbox } from '../orders/transition.js';
import type { StepPayload } from './saga-jobs.js';
import type { SagaDeps } from './saga-deps.js';

async function handled(db: Db, consumer: string, eventId: string): Promise<boolean> {
  const rows = await db`select 1 from inbox where consumer = ${consumer} and event_id = ${eventId}`;
  return rows.length > 0;
}

/** Runs `effect` once per (consumer, event): skipped when the inbox has it, recorded after it succeeded. */
async function once(deps: SagaDeps, consumer: string, { eventId }: StepPayload, effect: () => Promise<unknown>): Promise<void> {
  if (await handled(deps.sql, consumer, eventId)) return;
  await effect();
  await recordInbox(deps.sql, consumer, eventId);
}

/** PAID: the reservation becomes a sale (a throw retries; exhausted → dead letter for an operator). */
export function commitStock(deps: SagaDeps, payload: StepPayload): Promise<void> {
  return once(deps, 'commit-stock', payload, () => deps.catalog.commit(payload.orderId));
}

/** CANCELLED: whatever stock the order holds goes back (a no-op when it holds none). */
export function releaseStock(deps: SagaDeps, payload: StepPayload): Promise<void> {
  return once(deps, 'release-stock', payload, () => deps.catalog.release(payload.orderId));
}

/** CANCELLED after a charge may have landed: refund it when it did. */
export function refundPayment(deps: SagaDeps, payload: StepPayload): Promise<void> {
  return once(deps, 'refund-payment', payload, async () => {
    if (await deps.payment.refundIfCharged(payload.orderId)) deps.logger.info({ order_id: payload.orderId }, 'refunded a charge of a cancelled order');
  });
}
