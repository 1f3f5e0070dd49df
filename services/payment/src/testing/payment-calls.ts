// Helpers for the payment service's integration tests.
import { status, type ServiceError } from '@grpc/grpc-js';
import postgres from 'postgres';
import type { ChargeRequest } from '@shop/contracts/payment/v1';
import type { TestDatabase } from '@shop/services-platform/testing';

export { status };

/** The good test card, as a shopper types it. */
export const GOOD_CARD = '4242 4242 4242 4242';
export const DECLINED_CARD = '4000 0000 0000 0002';
export const FAILING_CARD = '4000 0000 0000 0119';

/** A charge request for `orderId` (1999 EUR cents on the good card unless overridden). */
export function chargeRequest(orderId: string, overrides: Partial<ChargeRequest> = {}): ChargeRequest {
  return { orderId, amount: { amountMinor: 1999, currency: 'EUR' }, cardNumber: GOOD_CARD, paymentMethodId: '', ...overrides };
}

/** The gRPC error a call rejected with: code, `field` metadata and details. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: number; field?: string; details: string }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught as ServiceError,
  );
  if (!error) throw new Error('expected the call to fail');
  return { code: error.code, field: error.metadata.get('field')[0] as string | undefined, details: error.details };
}

/** Runs `query` against the test database directly (to check what was stored). */
export async function queryDatabase<T extends readonly object[]>(database: TestDatabase, query: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
}
