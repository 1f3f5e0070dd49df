// Only the order service may reserve, release or commit stock: over real gRPC, with no token, a
// user's token (even an admin's), the order service's token for another callee, and forged ones.
// The public reads stay public.
import { randomUUID } from 'node:crypto';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { permissionsOf } from '@shop/contracts/auth';
import { badServiceTokens } from '@shop/node-platform/auth/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogHarness, type CatalogHarness } from '../testing/catalog-harness.js';
import { openStockFixtures, type StockFixtures } from '../testing/stock-fixtures.js';

let h: CatalogHarness;
let f: StockFixtures;
let product: string;
beforeAll(async () => {
  h = await startCatalogHarness({ seed: false });
  f = await openStockFixtures(h.database);
  product = await f.addProduct(10);
});
afterAll(async () => {
  await f?.close();
  await h?.close();
});

const bearer = (token: string) => {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
};
const code = (promise: Promise<unknown>) => promise.then(() => status.OK, (error: ServiceError) => error.code);

/** The reservation RPCs on an order that the order service has reserved (so each would change stock). */
async function reservedOrder(): Promise<string> {
  const orderId = randomUUID();
  await h.call(h.client.reserveStock, { orderId, lines: [{ productId: product, quantity: 1 }] });
  return orderId;
}
const rpcs = {
  reserveStock: (_: string, metadata: Metadata) =>
    h.call(h.client.reserveStock, { orderId: randomUUID(), lines: [{ productId: product, quantity: 1 }] }, metadata),
  releaseStock: (orderId: string, metadata: Metadata) => h.call(h.client.releaseStock, { orderId }, metadata),
  commitReservation: (orderId: string, metadata: Metadata) => h.call(h.client.commitReservation, { orderId }, metadata),
};

/** Every RPC answers `expected` for each metadata, and stock and holdings are unchanged. */
async function expectRefused(metadatas: Metadata[], expected: status): Promise<void> {
  const orderId = await reservedOrder();
  const before = [await f.stockOf(product), await f.heldOf(product, 'reserved'), await f.heldOf(product, 'committed')];
  for (const metadata of metadatas) {
    for (const [name, call] of Object.entries(rpcs)) expect({ name, code: await code(call(orderId, metadata)) }).toEqual({ name, code: expected });
  }
  expect([await f.stockOf(product), await f.heldOf(product, 'reserved'), await f.heldOf(product, 'committed')]).toEqual(before);
  await h.call(h.client.releaseStock, { orderId });
}

describe('stock reservation credentials', () => {
  it('serves the order service', async () => {
    const orderId = await reservedOrder();
    expect(await code(h.call(h.client.commitReservation, { orderId }, await h.asService()))).toBe(status.OK);
  });

  it('answers a call without a token UNAUTHENTICATED', () => expectRefused([new Metadata()], status.UNAUTHENTICATED));

  it("answers a user's token, even an admin's, PERMISSION_DENIED", async () => {
    await expectRefused([await h.asUser(permissionsOf('user')), await h.asUser(permissionsOf('admin'))], status.PERMISSION_DENIED);
  });

  it('answers expired, forged, alg none, untrusted-kid and other-callee service tokens UNAUTHENTICATED', async () => {
    const tokens = Object.values(await badServiceTokens(h.authKeys.services, 'catalog'));
    expect(tokens.length).toBeGreaterThanOrEqual(6);
    await expectRefused(tokens.map(bearer), status.UNAUTHENTICATED);
  });

  it('keeps the product reads public', async () => {
    expect(await code(h.call(h.client.getProduct, { key: { $case: 'id', value: product } }, new Metadata()))).toBe(status.OK);
    expect(await code(h.call(h.client.listCategories, {}, new Metadata()))).toBe(status.OK);
  });
});
