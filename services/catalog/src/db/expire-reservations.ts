// Reservations never committed expire: an order whose stock is still `reserved` RESERVATION_TTL
// after it was reserved is released with the very same exact release as ReleaseStock (a guarded
// UPDATE … WHERE state = 'reserved' that returns what to give back), so a concurrent ReleaseStock
// or CommitReservation can never make stock come back twice: whoever moves the rows first wins.
import type { Sql } from 'postgres';
import { isDomainError } from '@shop/services-platform';
import { releaseReservation } from './settle-reservation.js';

/** What one sweep did. */
export interface ExpirySweep {
  /** Orders whose reservation this sweep released. */
  released: string[];
  /** Candidates a concurrent ReleaseStock or CommitReservation settled first (left as they are). */
  skipped: string[];
}

/** Orders still holding stock reserved more than `ttlSeconds` ago (oldest first, at most `limit`). */
export async function expiredOrders(sql: Sql, ttlSeconds: number, limit: number): Promise<string[]> {
  const rows = await sql<{ orderId: string }[]>`
    select order_id::text as "orderId" from stock_reservations
    where state = 'reserved' and created_at < now() - make_interval(secs => ${ttlSeconds})
    group by order_id order by min(created_at) limit ${limit}`;
  return rows.map((row) => row.orderId);
}

/**
 * Releases every reservation older than `ttlSeconds` that is still reserved, one order per
 * transaction (ReleaseStock's). Idempotent and safe to run concurrently with itself, ReleaseStock
 * and CommitReservation.
 */
export async function expireReservations(sql: Sql, options: { ttlSeconds: number; limit?: number }): Promise<ExpirySweep> {
  const sweep: ExpirySweep = { released: [], skipped: [] };
  for (const orderId of await expiredOrders(sql, options.ttlSeconds, options.limit ?? 500)) {
    try {
      const { applied } = await releaseReservation(sql, orderId);
      (applied ? sweep.released : sweep.skipped).push(orderId);
    } catch (error) {
      // Committed meanwhile: a sale, not ours to undo.
      if (isDomainError(error) && error.kind === 'FAILED_PRECONDITION') sweep.skipped.push(orderId);
      else throw error;
    }
  }
  return sweep;
}
