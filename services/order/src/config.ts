// The order service's own variables: where its downstream services are, and the checkout saga's
// timers and retry budget.
import { z } from 'zod';
import { serviceAddrVar } from '@shop/services-platform';

const seconds = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected ${name} in seconds` })
    .int({ error: `expected ${name} in whole seconds` })
    .min(min, { error: `expected ${name} of at least ${min} seconds` })
    .max(max, { error: `expected ${name} of at most ${max} seconds` })
    .default(fallback);

const count = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected ${name} as a whole number` })
    .int({ error: `expected ${name} as a whole number` })
    .min(min, { error: `expected ${name} of at least ${min}` })
    .max(max, { error: `expected ${name} of at most ${max}` })
    .default(fallback);

/** The order service's variables, as a zod object shape. */
export const orderEnvShape = {
  CATALOG_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50052'),
  PAYMENT_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50054'),
  /** An order not paid this long after it was placed is cancelled "expired" (default 15 min). */
  ORDER_PAYMENT_TIMEOUT: seconds('ORDER_PAYMENT_TIMEOUT', 1, 86_400, 900),
  /** Time from PAID to SHIPPED (the simulated warehouse; default 10 s). */
  FULFILMENT_DELAY: seconds('FULFILMENT_DELAY', 0, 604_800, 10),
  /** Charge attempts when the payment service is unavailable, before "payment unavailable". */
  ORDER_PAYMENT_ATTEMPTS: count('ORDER_PAYMENT_ATTEMPTS', 1, 20, 4),
  /** First retry delay of a failed saga call in ms (doubles each attempt, with jitter). */
  ORDER_RETRY_BASE_MS: count('ORDER_RETRY_BASE_MS', 10, 60_000, 500),
  /** Deadline of each call to the catalog and payment services, in ms. */
  DOWNSTREAM_DEADLINE_MS: count('DOWNSTREAM_DEADLINE_MS', 100, 60_000, 5_000),
  /** Saga steps run at once by this process. */
  ORDER_JOB_CONCURRENCY: count('ORDER_JOB_CONCURRENCY', 1, 64, 8),
};

/** The resolved variables. */
export type OrderEnv = z.output<z.ZodObject<typeof orderEnvShape>>;
