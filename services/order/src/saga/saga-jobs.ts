// The checkout saga's durable steps: job names, payloads, and what each status change enqueues
// (always inside the transaction of the change, so a step exists exactly when its cause committed).
import { z } from 'zod';
import { toRfc3339 } from '@shop/services-platform';
import { addJob } from '@shop/services-platform/jobs';
import type { Db, OrderRecord } from '../orders/order-record.js';
import { eventId } from '../orders/transition.js';

/** graphile-worker task names of the saga. */
export const sagaTasks = {
  reserve: 'order_reserve_stock',
  charge: 'order_charge_payment',
  commit: 'order_commit_stock',
  release: 'order_release_stock',
  refund: 'order_refund_payment',
  ship: 'order_ship',
  expire: 'order_expire',
} as const;

export type SagaTask = (typeof sagaTasks)[keyof typeof sagaTasks];

/** A step's payload: the order, the event that caused the step (its inbox id) and the attempt. */
export const stepPayload = z.object({ orderId: z.uuid(), eventId: z.string().min(1).max(100), attempt: z.number().int().min(1).max(100).default(1) });
export type StepPayload = z.output<typeof stepPayload>;

/** Attempts graphile-worker gives a step that throws before it becomes a dead letter. */
export const STEP_MAX_ATTEMPTS = 25;

function enqueue(db: Db, task: SagaTask, order: OrderRecord, options: { runAt?: Date; attempt?: number } = {}): Promise<void> {
  const payload: StepPayload = { orderId: order.id, eventId: eventId(order.id, order.version), attempt: options.attempt ?? 1 };
  return addJob(db, task, payload, { runAt: options.runAt, maxAttempts: STEP_MAX_ATTEMPTS });
}

/** A new order: reserve its stock now, expire it at `expiresAt` unless paid by then. */
export async function onPlaced(db: Db, order: OrderRecord): Promise<void> {
  await enqueue(db, sagaTasks.reserve, order);
  await addJob(db, sagaTasks.expire, { orderId: order.id, eventId: `${order.id}@expiry` }, { runAt: order.expiresAt ? new Date(toRfc3339(order.expiresAt)) : new Date(), jobKey: `expire:${order.id}`, maxAttempts: STEP_MAX_ATTEMPTS });
}

/** Stock is held: charge the card. */
export function onReserved(db: Db, order: OrderRecord): Promise<void> {
  return enqueue(db, sagaTasks.charge, order);
}

/** A charge attempt to repeat after `delayMs` (the payment service was unavailable). */
export function retryCharge(db: Db, order: OrderRecord, attempt: number, delayMs: number): Promise<void> {
  return enqueue(db, sagaTasks.charge, order, { attempt, runAt: new Date(Date.now() + delayMs) });
}

/** Paid: turn the reservation into a sale, ship after `fulfilmentDelayMs`, drop the expiry timer. */
export async function onPaid(db: Db, order: OrderRecord, fulfilmentDelayMs: number): Promise<void> {
  await enqueue(db, sagaTasks.commit, order);
  await enqueue(db, sagaTasks.ship, order, { runAt: new Date(Date.now() + fulfilmentDelayMs) });
  await db`select graphile_worker.remove_job(${`expire:${order.id}`})`;
}

/**
 * Cancelled: give back whatever stock the order holds (a no-op when it holds none) and, when a
 * charge may have landed (payment unavailable, expired, cancelled while charging), refund it.
 */
export async function onCancelled(db: Db, order: OrderRecord): Promise<void> {
  await enqueue(db, sagaTasks.release, order);
  if (order.cancelReason !== 'out of stock' && order.cancelReason !== 'card declined') await enqueue(db, sagaTasks.refund, order);
  if (order.cancelReason !== 'expired') await db`select graphile_worker.remove_job(${`expire:${order.id}`})`;
}

/** A compensation found late (a reservation or charge that landed after the order was cancelled). */
export function compensateLate(db: Db, order: OrderRecord, task: typeof sagaTasks.release | typeof sagaTasks.refund): Promise<void> {
  return addJob(db, task, { orderId: order.id, eventId: `${eventId(order.id, order.version)}:late-${task}` }, { maxAttempts: STEP_MAX_ATTEMPTS });
}
