// The catalog BFF's cart fields against the real order service (and its catalog and payment).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlRequester, type GqlRequest } from '@shop/bff-platform/testing';
import type { RunningBff } from '@shop/bff-platform';
import { TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { productWithStock, startOrderStack, type OrderStack } from '@shop/services-order/testing';
import { startCatalogBff } from './app.js';

let services: OrderStack;
let bffs: RunningBff[];
let productId: string;

beforeAll(async () => {
  services = await startOrderStack();
  const config = {
    catalogServiceAddr: services.catalogAddr,
    orderServiceAddr: services.orderAddr,
    nodeEnv: 'test' as const,
    logLevel: 'silent' as const,
    corsOrigins: ['http://localhost:4200'],
    auth: { verificationKeys: services.keys.users.verificationKeys, audience: TEST_AUDIENCE },
  };
  bffs = await Promise.all([startCatalogBff(config), startCatalogBff({ ...config, fastPath: false })]);
  productId = await productWithStock(services, 3);
});
afterAll(async () => {
  for (const bff of bffs ?? []) await bff.stop();
  await services?.close();
});

const ADD = 'mutation($id: ID!, $q: Int!) { addToCart(productId: $id, quantity: $q) { guestCartId itemCount mergedGuestCart } }';
const SUMMARY = '{ cartSummary { guestCartId itemCount mergedGuestCart } }';

describe.each([0, 1])('catalog BFF cart (%i: fast path on, off)', (index) => {
  let gql: GqlRequest;
  beforeAll(() => {
    gql = graphqlRequester(bffs[index]!.url);
  });

  it('adds for a guest, answers the count fresh on every read (never cached), and merges on sign-in', async () => {
    const first = await gql(ADD, { id: productId, q: 1 });
    const guestCartId = (first.body.data!['addToCart'] as { guestCartId: string }).guestCartId;
    expect(guestCartId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const header = { 'x-cart-id': guestCartId };
    expect((await gql(SUMMARY, {}, header)).body.data!['cartSummary']).toMatchObject({ itemCount: 1 });
    await gql(ADD, { id: productId, q: 1 }, header);
    expect((await gql(SUMMARY, {}, header)).body.data!['cartSummary']).toMatchObject({ itemCount: 2, guestCartId });
    expect((await gql(SUMMARY)).body.data!['cartSummary']).toMatchObject({ itemCount: 0, guestCartId: null });
    const overGet = await fetch(`${bffs[index]!.url}/graphql?query=${encodeURIComponent(SUMMARY)}`, { headers: { ...header, 'x-graphql-csrf': '1' } });
    expect(overGet.headers.get('cache-control')).toBe('no-store');
    expect(((await overGet.json()) as { data: { cartSummary: unknown } }).data.cartSummary).toMatchObject({ itemCount: 2, guestCartId });
    const token = await services.userToken(`u-catalog-cart-${index}`);
    const merged = await gql(SUMMARY, {}, { ...header, authorization: `Bearer ${token}` });
    expect(merged.body.data!['cartSummary']).toEqual({ guestCartId: null, itemCount: 2, mergedGuestCart: true });
  });

  it('types a bad quantity, an unknown product, too little stock and a malformed X-Cart-Id', async () => {
    expect((await gql(ADD, { id: productId, q: 100 })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect((await gql(ADD, { id: 'nope', q: 1 })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'productId' });
    expect((await gql(ADD, { id: productId, q: 4 })).body.errors![0]!.extensions).toMatchObject({ code: 'OUT_OF_STOCK' });
    expect((await gql(SUMMARY, {}, { 'x-cart-id': 'bad' })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Cart-Id' });
  });
});

describe('catalog BFF cart CORS', () => {
  it('lets the shell send X-Cart-Id (and the token), and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${bffs[0]!.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-cart-id' },
      });
    const shell = await preflight('http://localhost:4200');
    expect(shell.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(shell.headers.get('access-control-allow-headers')).toContain('x-cart-id');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
