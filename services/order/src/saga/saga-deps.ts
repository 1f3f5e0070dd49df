// What the saga's steps work with.
import type { Sql } from 'postgres';
import type { Logger } from '@shop/services-platform';
import type { CatalogGateway } from '../downstream/catalog.js';
import type { PaymentGateway } from '../downstream/payment.js';

export interface SagaSettings {
  /** Charge attempts while the payment service is unavailable. */
  paymentAttempts: number;
  /** First retry delay (ms), doubled per attempt. */
  retryBaseMs: number;
  /** PAID → SHIPPED delay (ms). */
  fulfilmentDelayMs: number;
}

export interface SagaDeps {
  sql: Sql;
  catalog: CatalogGateway;
  payment: PaymentGateway;
  settings: SagaSettings;
  logger: Logger;
}

/** The delay before retry `attempt` (2, 3, …): base × 2^(attempt-2), ±50 % jitter so retries spread. */
export function backoffMs(baseMs: number, attempt: number, random: () => number = Math.random): number {
  return Math.round(baseMs * 2 ** Math.max(0, attempt - 2) * (0.5 + random()));
}
