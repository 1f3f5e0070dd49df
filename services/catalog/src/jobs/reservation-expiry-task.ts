// The expiry job's body, independent of the queue that schedules it: one sweep, logged. The
// services-platform jobs module (graphile-worker 0.17 crontab, once a minute) runs it.
import type { Sql } from 'postgres';
import type { Logger } from '@shop/services-platform';
import { expireReservations, type ExpirySweep } from '../db/expire-reservations.js';

/** A task that releases reservations older than `ttlSeconds` and logs what it released. */
export function reservationExpiryTask(sql: Sql, ttlSeconds: number, logger: Logger): () => Promise<ExpirySweep> {
  return async () => {
    const sweep = await expireReservations(sql, { ttlSeconds });
    if (sweep.released.length > 0) logger.info({ released: sweep.released, ttlSeconds }, 'expired stock reservations released');
    if (sweep.skipped.length > 0) logger.debug({ skipped: sweep.skipped }, 'expiry candidates settled concurrently');
    return sweep;
  };
}
