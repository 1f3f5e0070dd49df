// The payment service's own variables: fault injection for the checkout saga's tests.
import { z } from 'zod';

/** PAYMENT_FAILURE_RATE (0..1) and PAYMENT_LATENCY_MS (0..60000), as a zod object shape. */
export const paymentEnvShape = {
  PAYMENT_FAILURE_RATE: z.coerce
    .number({ error: 'expected PAYMENT_FAILURE_RATE as a number from 0 to 1' })
    .min(0, { error: 'expected PAYMENT_FAILURE_RATE from 0 to 1' })
    .max(1, { error: 'expected PAYMENT_FAILURE_RATE from 0 to 1' })
    .default(0),
  PAYMENT_LATENCY_MS: z.coerce
    .number({ error: 'expected PAYMENT_LATENCY_MS in milliseconds' })
    .int({ error: 'expected PAYMENT_LATENCY_MS in whole milliseconds' })
    .min(0, { error: 'expected PAYMENT_LATENCY_MS of at least 0' })
    .max(60_000, { error: 'expected PAYMENT_LATENCY_MS of at most 60000' })
    .default(0),
};

/** The fault settings from a resolved env (re-validated: test configs may hand in anything). */
export function faultSettings(env: Record<string, unknown>): { failureRate: number; latencyMs: number } {
  const parsed = z.object(paymentEnvShape).parse({ PAYMENT_FAILURE_RATE: env.PAYMENT_FAILURE_RATE, PAYMENT_LATENCY_MS: env.PAYMENT_LATENCY_MS });
  return { failureRate: parsed.PAYMENT_FAILURE_RATE, latencyMs: parsed.PAYMENT_LATENCY_MS };
}
