// PAYMENT_FAILURE_RATE / PAYMENT_LATENCY_MS over real gRPC on real PostgreSQL: an injected
// failure writes nothing, and a retry once the fault is gone succeeds.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ChargeStatus } from '@shop/contracts/payment/v1';
import { loadServiceConfig } from '@shop/services-platform';
import { paymentService } from './service.js';
import { startPaymentHarness, type PaymentHarness } from './testing/payment-harness.js';
import { chargeRequest, queryDatabase, rejection, status } from './testing/payment-calls.js';

const running: PaymentHarness[] = [];
afterAll(async () => {
  for (const harness of running.reverse()) await harness.close();
});

describe('fault injection', () => {
  it('PAYMENT_FAILURE_RATE=1 answers UNAVAILABLE and writes nothing; with 0 the retry succeeds', async () => {
    const failing = await startPaymentHarness({ env: { PAYMENT_FAILURE_RATE: 1 } });
    const orderIds = Array.from({ length: 5 }, () => randomUUID());
    for (const orderId of orderIds) {
      expect(await rejection(failing.call(failing.client.charge, chargeRequest(orderId)))).toMatchObject({ code: status.UNAVAILABLE });
    }
    const counted = await queryDatabase(failing.database, (sql) => sql`select count(*)::int as n from charges`);
    expect(counted[0]?.n).toBe(0);
    await failing.stopService();

    const healthy = await startPaymentHarness({ database: failing.database, env: { PAYMENT_FAILURE_RATE: 0 } });
    running.push(healthy);
    for (const orderId of orderIds) {
      const { charge } = await healthy.call(healthy.client.charge, chargeRequest(orderId));
      expect(charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
    }
  });

  it('PAYMENT_LATENCY_MS delays the answer but charges once', async () => {
    const slow = await startPaymentHarness({ env: { PAYMENT_LATENCY_MS: 200 } });
    running.push(slow);
    const orderId = randomUUID();
    const started = Date.now();
    const replies = await Promise.all([1, 2].map(() => slow.call(slow.client.charge, chargeRequest(orderId))));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(replies[0]).toEqual(replies[1]);
  });

  it('takes an env object like the e2e stack passes (other services\' keys, strings) in its stride', async () => {
    const shared = await startPaymentHarness({
      env: { AUTH_SIGNING_KEY: '{}', ACCESS_TOKEN_TTL: 5, PAYMENT_FAILURE_RATE: '0' },
    });
    running.push(shared);
    const { charge } = await shared.call(shared.client.charge, chargeRequest(randomUUID()));
    expect(charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
  });

  it('validates the variables at start and ignores keys it does not own', () => {
    const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' };
    const { env } = loadServiceConfig(paymentService, { ...base, PAYMENT_FAILURE_RATE: '0.3', CATALOG_GRPC_PORT: 'x' });
    expect(env).toMatchObject({ PAYMENT_FAILURE_RATE: 0.3, PAYMENT_LATENCY_MS: 0 });
    expect(env).not.toHaveProperty('CATALOG_GRPC_PORT');
    expect(() => loadServiceConfig(paymentService, { ...base, PAYMENT_FAILURE_RATE: '1.5' })).toThrow(/PAYMENT_FAILURE_RATE/);
    expect(() => loadServiceConfig(paymentService, { ...base, PAYMENT_LATENCY_MS: '-1' })).toThrow(/PAYMENT_LATENCY_MS/);
  });
});
