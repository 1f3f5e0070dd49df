import { describe, expect, it } from 'vitest';
import { canTransition, isCancellable, isFinal, orderStatuses, transition, TransitionError } from './order-state.js';

describe('order state machine', () => {
  it('walks the happy path, one version per change', () => {
    let order = { status: 'PENDING' as const, version: 1 } as { status: (typeof orderStatuses)[number]; version: number };
    for (const next of ['STOCK_RESERVED', 'PAID', 'SHIPPED'] as const) order = transition(order, next);
    expect(order).toEqual({ status: 'SHIPPED', version: 4 });
  });

  it('cancels only before payment, refunds only after', () => {
    expect(canTransition('PENDING', 'CANCELLED')).toBe(true);
    expect(canTransition('STOCK_RESERVED', 'CANCELLED')).toBe(true);
    expect(canTransition('PAID', 'CANCELLED')).toBe(false);
    expect(canTransition('PAID', 'REFUNDED')).toBe(true);
    expect(canTransition('STOCK_RESERVED', 'REFUNDED')).toBe(false);
    expect(isCancellable('PAID')).toBe(false);
  });

  it('never leaves a final status, and refuses skips and repeats', () => {
    for (const status of orderStatuses) {
      if (!isFinal(status)) continue;
      for (const to of orderStatuses) expect(canTransition(status, to)).toBe(false);
    }
    expect(isFinal('PAID')).toBe(false);
    expect(() => transition({ status: 'PENDING', version: 1 }, 'PAID')).toThrow(TransitionError);
    expect(() => transition({ status: 'PAID', version: 3 }, 'PAID')).toThrow('an order cannot go from PAID to PAID');
  });
});
