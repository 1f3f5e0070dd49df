import type { ReservedLine } from '@shop/contracts/catalog/v1';
import type { Sql, TransactionSql } from 'postgres';
import type { ReservationRow, ReservationState } from '../domain/reservation.js';

/** Columns of a reservation row as ReservationRow fields (bigint amount read as text). */
export const reservationColumns = `product_id::text as "productId", quantity, state,
  unit_amount_minor::text as "unitAmountMinor", currency`;

interface RawRow {
  productId: string;
  quantity: number;
  state: ReservationState;
  unitAmountMinor: string;
  currency: string;
}

/** Converts raw rows (bigint as text) into ReservationRows ordered by product id. */
export function toReservationRows(raw: readonly RawRow[]): ReservationRow[] {
  return raw
    .map((row) => ({ ...row, unitAmountMinor: Number(row.unitAmountMinor) }))
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
}

/** An order's reservation rows, ordered by product id; `forUpdate` locks them in that order. */
export async function readReservation(
  sql: Sql | TransactionSql,
  orderId: string,
  forUpdate = false,
): Promise<ReservationRow[]> {
  const lock = forUpdate ? 'for update' : '';
  const raw = await sql.unsafe<RawRow[]>(
    `select ${reservationColumns} from stock_reservations where order_id = $1 order by product_id ${lock}`,
    [orderId],
  );
  return toReservationRows(raw);
}

/** The wire form of reservation rows. */
export function toReservedLines(rows: readonly ReservationRow[]): ReservedLine[] {
  return rows.map((row) => ({
    productId: row.productId,
    quantity: row.quantity,
    unitPrice: { amountMinor: row.unitAmountMinor, currency: row.currency },
  }));
}
