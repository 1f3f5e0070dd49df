// The order's life: every status change goes through `transition`, which refuses any move the
// saga does not allow. A final status never changes again.

export const orderStatuses = ['PENDING', 'STOCK_RESERVED', 'PAID', 'SHIPPED', 'CANCELLED', 'REFUNDED'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Allowed next statuses; absent or empty means final. */
export const transitions = {
  PENDING: ['STOCK_RESERVED', 'CANCELLED'],
  STOCK_RESERVED: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'REFUNDED'],
  SHIPPED: [],
  CANCELLED: [],
  REFUNDED: [],
} as const satisfies Record<OrderStatus, readonly OrderStatus[]>;

/** Why an order was cancelled, as shoppers read it. */
export const cancelReasons = ['out of stock', 'card declined', 'payment unavailable', 'expired', 'cancelled by customer'] as const;
export type CancelReason = (typeof cancelReasons)[number];

/** A refused status change (the caller lost a race or a step ran twice). */
export class TransitionError extends Error {
  constructor(readonly from: OrderStatus, readonly to: OrderStatus) {
    super(`an order cannot go from ${from} to ${to}`);
  }
}

/** True when `from → to` is allowed. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return (transitions[from] as readonly OrderStatus[]).includes(to);
}

/** The next version of an order moving `from → to`; throws TransitionError when not allowed. */
export function transition(order: { status: OrderStatus; version: number }, to: OrderStatus): { status: OrderStatus; version: number } {
  if (!canTransition(order.status, to)) throw new TransitionError(order.status, to);
  return { status: to, version: order.version + 1 };
}

/** True for SHIPPED, CANCELLED and REFUNDED. */
export function isFinal(status: OrderStatus): boolean {
  return transitions[status].length === 0;
}

/** True while the shopper may still cancel (nothing charged yet). */
export function isCancellable(status: OrderStatus): boolean {
  return canTransition(status, 'CANCELLED');
}
