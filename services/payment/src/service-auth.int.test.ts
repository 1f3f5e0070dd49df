// Only the order service may call PaymentService: every RPC over real gRPC, with no token, a
// user's token (even an admin's), the order service's token for another callee, and forged ones.
import { randomUUID } from 'node:crypto';
import { Metadata } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChargeStatus } from '@shop/contracts/payment/v1';
import { permissionsOf } from '@shop/contracts/auth';
import { badServiceTokens } from '@shop/node-platform/auth/testing';
import { startPaymentHarness, type PaymentHarness } from './testing/payment-harness.js';
import { chargeRequest, GOOD_CARD, queryDatabase, rejection, status } from './testing/payment-calls.js';

let harness: PaymentHarness;
const bearer = (token: string) => {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
};
const rowCount = async () =>
  (await queryDatabase(harness.database, (sql) => sql`select (select count(*) from charges)::int + (select count(*) from payment_methods)::int as n`))[0]?.n as number;

/** Each RPC, called with `metadata`, on a fresh order id. */
const rpcs = {
  charge: (metadata: Metadata) => harness.call(harness.client.charge, chargeRequest(randomUUID()), metadata),
  refund: (metadata: Metadata) => harness.call(harness.client.refund, { orderId: randomUUID() }, metadata),
  getCharge: (metadata: Metadata) => harness.call(harness.client.getCharge, { orderId: randomUUID() }, metadata),
  createPaymentMethod: (metadata: Metadata) => harness.call(harness.client.createPaymentMethod, { cardNumber: GOOD_CARD }, metadata),
};

beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => harness?.close());

describe('PaymentService credentials', () => {
  it('serves the order service', async () => {
    expect((await harness.call(harness.client.charge, chargeRequest(randomUUID()))).charge?.status).toBe(ChargeStatus.CHARGE_STATUS_SUCCEEDED);
  });

  it.each(Object.keys(rpcs))('%s without a token is UNAUTHENTICATED, writing nothing', async (name) => {
    const before = await rowCount();
    expect(await rejection(rpcs[name as keyof typeof rpcs](new Metadata()))).toMatchObject({ code: status.UNAUTHENTICATED });
    expect(await rowCount()).toBe(before);
  });

  it.each(Object.keys(rpcs))("%s with a user's token, even an admin's, is PERMISSION_DENIED", async (name) => {
    const before = await rowCount();
    for (const role of ['user', 'admin'] as const) {
      expect(await rejection(rpcs[name as keyof typeof rpcs](await harness.asUser(permissionsOf(role))))).toMatchObject({
        code: status.PERMISSION_DENIED,
      });
    }
    expect(await rowCount()).toBe(before);
  });

  it('refuses expired, forged, alg none, untrusted-kid and other-callee service tokens UNAUTHENTICATED', async () => {
    const before = await rowCount();
    const tokens = await badServiceTokens(harness.authKeys.services, 'payment');
    expect(Object.keys(tokens).length).toBeGreaterThanOrEqual(6);
    for (const [what, token] of Object.entries(tokens)) {
      for (const call of Object.values(rpcs)) {
        expect({ what, ...(await rejection(call(bearer(token)))) }).toMatchObject({ what, code: status.UNAUTHENTICATED });
      }
    }
    expect(await rowCount()).toBe(before);
  });
});
