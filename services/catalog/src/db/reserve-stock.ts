import type { Sql } from 'postgres';
import { DomainError, withConflictRetry } from '@shop/services-platform';
import {
  outOfStock,
  replayReservation,
  unknownProducts,
  type ReservationRow,
  type StockLineInput,
} from '../domain/reservation.js';
import { readReservation, reservationColumns, toReservationRows } from './reservation-rows.js';

/** Thrown inside the transaction to roll back a claim that did not cover every line. */
class IncompleteClaim extends Error {}

async function reserveOnce(sql: Sql, orderId: string, lines: readonly StockLineInput[]): Promise<ReservationRow[]> {
  return sql.begin(async (tx) => {
    const ids = lines.map((line) => line.productId);
    const quantities = lines.map((line) => line.quantity);
    // Claim the (order, product) keys first: a concurrent duplicate blocks here on the key
    // until this transaction ends, then inserts nothing (ON CONFLICT) and replays the result.
    const claimed = await tx.unsafe(
      `insert into stock_reservations (order_id, product_id, quantity, state, unit_amount_minor, currency)
       select $1, p.id, l.q, 'reserved', p.price_amount_minor, p.currency
       from unnest($2::uuid[], $3::int[]) as l(id, q) join products p on p.id = l.id
       order by p.id
       on conflict (order_id, product_id) do nothing
       returning ${reservationColumns}`,
      [orderId, ids, quantities],
    );
    if (claimed.length !== lines.length) throw new IncompleteClaim();
    // One guarded decrement per line, in product-id order (the lock order of every writer).
    const short: string[] = [];
    const rows = toReservationRows(claimed as never);
    for (const row of rows) {
      const [updated] = await tx<{ amount: string; currency: string }[]>`update products set stock = stock - ${row.quantity}
        where id = ${row.productId} and stock >= ${row.quantity}
        returning price_amount_minor::text as amount, currency`;
      if (!updated) short.push(row.productId);
      else if (Number(updated.amount) !== row.unitAmountMinor || updated.currency !== row.currency) {
        // The price changed between claim and lock: snapshot the price under the row lock.
        [row.unitAmountMinor, row.currency] = [Number(updated.amount), updated.currency];
        await tx`update stock_reservations set unit_amount_minor = ${row.unitAmountMinor}, currency = ${row.currency}
          where order_id = ${orderId} and product_id = ${row.productId}`;
      }
    }
    if (short.length > 0) throw outOfStock(short);
    return rows;
  }) as Promise<ReservationRow[]>;
}

/**
 * ReserveStock in one transaction (retried on serialization failure or deadlock): all lines or
 * none. When the claim was incomplete (an existing reservation for the order, or unknown
 * products) everything is rolled back, then the existing reservation is replayed or refused.
 */
export async function reserveStock(sql: Sql, orderId: string, lines: readonly StockLineInput[]): Promise<ReservationRow[]> {
  try {
    return await withConflictRetry(() => reserveOnce(sql, orderId, lines));
  } catch (error) {
    if (!(error instanceof IncompleteClaim)) throw error;
  }
  const existing = await readReservation(sql, orderId);
  if (existing.length > 0) return replayReservation(existing, lines);
  const ids = lines.map((line) => line.productId);
  const known = await sql<{ id: string }[]>`select id::text as id from products where id = any(${ids}::uuid[])`;
  const knownIds = new Set(known.map((row) => row.id));
  const missing = ids.filter((id) => !knownIds.has(id));
  // Every product exists yet the claim was short: a concurrent holder came and went. Retry once.
  if (missing.length === 0) {
    return reserveOnce(sql, orderId, lines).catch((error: unknown) => {
      throw error instanceof IncompleteClaim ? new DomainError('ABORTED', 'concurrent reservation, try again') : error;
    });
  }
  throw unknownProducts(missing);
}
