import { maxReservationLines, maxReservationQuantity } from '@shop/contracts/limits/catalog';
import { describe, expect, it } from 'vitest';
import {
  outOfStock,
  planCommit,
  planRelease,
  replayReservation,
  sameLines,
  validateOrderId,
  validateStockLines,
  type ReservationRow,
  type ReservationState,
} from './reservation.js';

const a = '0a000000-0000-4000-8000-000000000000';
const b = '0b000000-0000-4000-8000-000000000000';
const row = (productId: string, quantity: number, state: ReservationState = 'reserved'): ReservationRow => ({
  productId,
  quantity,
  state,
  unitAmountMinor: 100,
  currency: 'EUR',
});
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return { kind: (error as { kind: string }).kind, field: (error as { field?: string }).field };
  }
  return undefined;
};

describe('validateStockLines', () => {
  it('lowercases ids and orders lines by product id (the lock order)', () => {
    expect(validateStockLines([{ productId: b.toUpperCase(), quantity: 2 }, { productId: a, quantity: 1 }])).toEqual([
      { productId: a, quantity: 1 },
      { productId: b, quantity: 2 },
    ]);
  });

  it('names the field at fault', () => {
    expect(fieldOf(() => validateStockLines([]))).toEqual({ kind: 'INVALID_ARGUMENT', field: 'lines' });
    const many = Array.from({ length: maxReservationLines + 1 }, () => ({ productId: a, quantity: 1 }));
    expect(fieldOf(() => validateStockLines(many))?.field).toBe('lines');
    expect(fieldOf(() => validateStockLines([{ productId: 'x', quantity: 1 }]))?.field).toBe('lines[0].product_id');
    for (const quantity of [0, -1, 1.5, maxReservationQuantity + 1]) {
      expect(fieldOf(() => validateStockLines([{ productId: a, quantity }]))?.field).toBe('lines[0].quantity');
    }
    expect(validateStockLines([{ productId: a, quantity: maxReservationQuantity }])).toHaveLength(1);
  });

  it('refuses a product listed twice, case-insensitively', () => {
    const twice = [
      { productId: a, quantity: 1 },
      { productId: a.toUpperCase(), quantity: 2 },
    ];
    expect(fieldOf(() => validateStockLines(twice))?.field).toBe('lines[1].product_id');
  });
});

describe('validateOrderId', () => {
  it('accepts a UUID (lowercased) and refuses anything else on order_id', () => {
    expect(validateOrderId(a.toUpperCase())).toBe(a);
    expect(fieldOf(() => validateOrderId(''))).toEqual({ kind: 'INVALID_ARGUMENT', field: 'order_id' });
  });
});

describe('replayReservation', () => {
  const lines = [
    { productId: a, quantity: 1 },
    { productId: b, quantity: 2 },
  ];
  it('replays the same lines while held (reserved or committed)', () => {
    const rows = [row(a, 1), row(b, 2)];
    expect(sameLines(rows, lines)).toBe(true);
    expect(replayReservation(rows, lines)).toEqual(rows);
    expect(replayReservation([row(a, 1, 'committed'), row(b, 2, 'committed')], lines)).toHaveLength(2);
  });
  it('other lines are ALREADY_EXISTS; a released reservation is FAILED_PRECONDITION', () => {
    expect(fieldOf(() => replayReservation([row(a, 1)], lines))?.kind).toBe('ALREADY_EXISTS');
    expect(fieldOf(() => replayReservation([row(a, 1), row(b, 3)], lines))?.kind).toBe('ALREADY_EXISTS');
    expect(fieldOf(() => replayReservation([row(a, 1, 'released'), row(b, 2, 'released')], lines))?.kind).toBe(
      'FAILED_PRECONDITION',
    );
  });
});

describe('planRelease / planCommit', () => {
  it('release: reserved → apply, released or none → noop, committed → FAILED_PRECONDITION', () => {
    expect(planRelease([row(a, 1)])).toBe('apply');
    expect(planRelease([row(a, 1, 'released')])).toBe('noop');
    expect(planRelease([])).toBe('noop');
    expect(fieldOf(() => planRelease([row(a, 1, 'committed')]))?.kind).toBe('FAILED_PRECONDITION');
  });
  it('commit: reserved → apply, committed → noop, released → FAILED_PRECONDITION, none → NOT_FOUND', () => {
    expect(planCommit([row(a, 1)])).toBe('apply');
    expect(planCommit([row(a, 1, 'committed')])).toBe('noop');
    expect(fieldOf(() => planCommit([row(a, 1, 'released')]))?.kind).toBe('FAILED_PRECONDITION');
    expect(fieldOf(() => planCommit([]))?.kind).toBe('NOT_FOUND');
  });
});

describe('outOfStock', () => {
  it('is FAILED_PRECONDITION carrying the product ids as a detail', () => {
    const error = outOfStock([a, b]);
    expect([error.kind, error.details]).toEqual(['FAILED_PRECONDITION', { 'out-of-stock-product-ids': `${a},${b}` }]);
  });
});
