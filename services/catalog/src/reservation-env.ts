// The catalog's own variables: how long stock may stay reserved without a commit.
import { z } from 'zod';

/** Default RESERVATION_TTL: 30 min, twice the order service's ORDER_PAYMENT_TIMEOUT default (15 min). */
export const defaultReservationTtlSeconds = 1800;

/**
 * RESERVATION_TTL (seconds, 60 .. 7 days): a reservation neither committed nor released this long
 * after it was made is released by the expiry job. Keep it longer than the order service's
 * ORDER_PAYMENT_TIMEOUT plus its retry window, so the saga settles its own orders first and the
 * catalog only reclaims stock of orders the saga lost.
 */
export const reservationEnvShape = {
  RESERVATION_TTL: z.coerce
    .number({ error: 'expected RESERVATION_TTL in seconds' })
    .int({ error: 'expected RESERVATION_TTL in whole seconds' })
    .min(60, { error: 'expected RESERVATION_TTL of at least 60 seconds' })
    .max(604_800, { error: 'expected RESERVATION_TTL of at most 7 days' })
    .default(defaultReservationTtlSeconds),
};
