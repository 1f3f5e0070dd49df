import type { Sql } from 'postgres';
import { withConflictRetry } from '@shop/services-platform';
import { planCommit, planRelease, type ReservationRow } from '../domain/reservation.js';
import { readReservation } from './reservation-rows.js';

/**
 * ReleaseStock: locks the order's rows (product-id order), then moves reserved → released with a
 * guarded UPDATE and gives back exactly the quantities that UPDATE returned — so stock returns
 * once however often, or however concurrently, release is called. Returns the order's rows and
 * whether this call gave anything back (`applied`).
 */
export function releaseReservation(sql: Sql, orderId: string): Promise<{ rows: ReservationRow[]; applied: boolean }> {
  return withConflictRetry(
    () =>
      sql.begin(async (tx) => {
        const rows = await readReservation(tx, orderId, true);
        if (planRelease(rows) === 'noop') return { rows, applied: false };
        const released = await tx<{ productId: string; quantity: number }[]>`
          update stock_reservations set state = 'released', updated_at = now()
          where order_id = ${orderId} and state = 'reserved'
          returning product_id::text as "productId", quantity`;
        released.sort((a, b) => (a.productId < b.productId ? -1 : 1));
        for (const { productId, quantity } of released) {
          await tx`update products set stock = stock + ${quantity} where id = ${productId}`;
        }
        return { rows: rows.map((row) => ({ ...row, state: 'released' as const })), applied: released.length > 0 };
      }) as Promise<{ rows: ReservationRow[]; applied: boolean }>,
  );
}

/** ReleaseStock's answer: the order's rows after the (idempotent) release. */
export async function releaseStock(sql: Sql, orderId: string): Promise<ReservationRow[]> {
  return (await releaseReservation(sql, orderId)).rows;
}

/** CommitReservation: reserved → committed with a guarded UPDATE; stock stays decremented. */
export function commitReservation(sql: Sql, orderId: string): Promise<ReservationRow[]> {
  return withConflictRetry(
    () =>
      sql.begin(async (tx) => {
        const rows = await readReservation(tx, orderId, true);
        if (planCommit(rows) === 'noop') return rows;
        await tx`update stock_reservations set state = 'committed', updated_at = now()
          where order_id = ${orderId} and state = 'reserved'`;
        return rows.map((row) => ({ ...row, state: 'committed' as const }));
      }) as Promise<ReservationRow[]>,
  );
}
