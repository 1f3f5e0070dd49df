import { DomainError, invalidArgument, isUuid, notFound } from '@shop/services-platform';
import { maxReservationLines, maxReservationQuantity } from '@shop/contracts/limits/catalog';

/** Lifecycle of a stock reservation row. */
export type ReservationState = 'reserved' | 'committed' | 'released';

/** One product and how many of it an order wants held. */
export interface StockLineInput {
  productId: string;
  quantity: number;
}

/** A held line as stored: quantity, state and the unit price snapshotted at reservation. */
export interface ReservationRow extends StockLineInput {
  state: ReservationState;
  unitAmountMinor: number;
  currency: string;
}

/** An order id must be a UUID (field `order_id`). */
export function validateOrderId(orderId: string): string {
  if (!isUuid(orderId)) throw invalidArgument('order_id', 'order_id must be a UUID');
  return orderId.toLowerCase();
}

/**
 * ReserveStock lines: 1..maxReservationLines, each a product UUID with a quantity of
 * 1..maxReservationQuantity; a product listed twice is refused (not merged), naming the line.
 * Returns the lines ordered by product id (the lock order that keeps reservations deadlock-free).
 */
export function validateStockLines(lines: readonly StockLineInput[]): StockLineInput[] {
  if (lines.length < 1 || lines.length > maxReservationLines) {
    throw invalidArgument('lines', `lines must hold 1..${maxReservationLines} entries`);
  }
  const seen = new Set<string>();
  const valid = lines.map(({ productId, quantity }, index) => {
    if (!isUuid(productId)) throw invalidArgument(`lines[${index}].product_id`, 'product_id must be a UUID');
    const id = productId.toLowerCase();
    if (seen.has(id)) throw invalidArgument(`lines[${index}].product_id`, 'each product may appear only once');
    seen.add(id);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxReservationQuantity) {
      throw invalidArgument(`lines[${index}].quantity`, `quantity must be between 1 and ${maxReservationQuantity}`);
    }
    return { productId: id, quantity };
  });
  return valid.sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
}

/** True when the stored rows hold exactly the requested (sorted) lines. */
export function sameLines(rows: readonly StockLineInput[], lines: readonly StockLineInput[]): boolean {
  const held = new Map(rows.map((row) => [row.productId, row.quantity]));
  return rows.length === lines.length && lines.every((line) => held.get(line.productId) === line.quantity);
}

/**
 * A ReserveStock for an order that already has rows: the same lines, still held (reserved or
 * committed), replay the original result; other lines are ALREADY_EXISTS; a released
 * reservation is FAILED_PRECONDITION (its stock is gone back; use a new order id).
 */
export function replayReservation(rows: readonly ReservationRow[], lines: readonly StockLineInput[]): ReservationRow[] {
  if (!sameLines(rows, lines)) {
    throw new DomainError('ALREADY_EXISTS', 'order_id already holds a reservation with other lines', 'order_id');
  }
  if (rows.some((row) => row.state === 'released')) {
    throw new DomainError('FAILED_PRECONDITION', 'the reservation for this order_id was released', 'order_id');
  }
  return [...rows];
}

/** Nothing reserved because these products lack stock; their ids travel in metadata too. */
export function outOfStock(productIds: readonly string[]): DomainError {
  return new DomainError('FAILED_PRECONDITION', `out of stock: ${productIds.join(', ')}`, 'lines', {
    'out-of-stock-product-ids': productIds.join(','),
  });
}

/** Some requested products do not exist. */
export function unknownProducts(productIds: readonly string[]): DomainError {
  return notFound(`unknown product(s): ${productIds.join(', ')}`, 'lines');
}

/** What a state transition on an order's rows must do. */
export type TransitionPlan = 'apply' | 'noop';

/** ReleaseStock: reserved → release; already released or nothing held → no-op; committed → refused. */
export function planRelease(rows: readonly ReservationRow[]): TransitionPlan {
  if (rows.some((row) => row.state === 'committed')) {
    throw new DomainError('FAILED_PRECONDITION', 'the reservation was committed and can no longer be released', 'order_id');
  }
  return rows.some((row) => row.state === 'reserved') ? 'apply' : 'noop';
}

/** CommitReservation: reserved → commit; already committed → no-op; released or none → refused. */
export function planCommit(rows: readonly ReservationRow[]): TransitionPlan {
  if (rows.length === 0) throw notFound('no reservation for this order_id', 'order_id');
  if (rows.some((row) => row.state === 'released')) {
    throw new DomainError('FAILED_PRECONDITION', 'the reservation was released and cannot be committed', 'order_id');
  }
  return rows.some((row) => row.state === 'reserved') ? 'apply' : 'noop';
}
