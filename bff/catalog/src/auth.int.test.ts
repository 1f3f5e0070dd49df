import { badTokens, startRecordingProxy, type RecordingProxy } from '@shop/bff-platform/testing';
import { CatalogServiceService } from '@shop/contracts/catalog/v1';
import { createTestKeys, mintTestToken, TEST_AUDIENCE, type TestKeys } from '@shop/node-platform/auth/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff, type RunningCatalogBff } from './app.js';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

// The catalog BFF verifies bearer tokens and forwards them to the catalog service (recorded by a
// real gRPC proxy); anonymous browsing stays allowed. Both GraphQL paths.
let stack: CatalogStack;
let proxy: RecordingProxy;
let keys: TestKeys;
let bffs: RunningCatalogBff[];

beforeAll(async () => {
  stack = await startCatalogStack();
  proxy = await startRecordingProxy(CatalogServiceService, stack.catalogAddr);
  keys = await createTestKeys('catalog-test');
  const config = { catalogServiceAddr: proxy.address, corsOrigins: ['http://localhost:4200'], nodeEnv: 'test' as const, logLevel: 'silent' };
  const auth = { verificationKeys: keys.verificationKeys, audience: TEST_AUDIENCE };
  bffs = await Promise.all([startCatalogBff({ ...config, auth }), startCatalogBff({ ...config, auth, fastPath: false })]);
});
afterAll(async () => {
  await Promise.all((bffs ?? []).map((bff) => bff.stop()));
  await proxy?.stop();
  await stack?.stop();
});

const QUERY = JSON.stringify({ query: '{ products(first: 2) { edges { node { slug } } } }' });
const post = (bff: RunningCatalogBff, headers: Record<string, string> = {}) =>
  fetch(`${bff.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

describe.each([0, 1])('catalog BFF auth (%i: fast path, yoga)', (index) => {
  it('forwards a valid token to the service as metadata authorization', async () => {
    const token = await mintTestToken(keys, 'u-7', ['account:manage-own']);
    const response = await post(bffs[index]!, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect((await response.json()).data.products.edges).toHaveLength(2);
    const call = proxy.calls.at(-1)!;
    expect(call.method).toBe('listProducts');
    expect(call.metadata['authorization']).toBe(`Bearer ${token}`);
  });

  it('browses anonymously without an authorization header to the service', async () => {
    const response = await post(bffs[index]!);
    expect(response.status).toBe(200);
    expect(proxy.calls.at(-1)!.metadata['authorization']).toBeUndefined();
  });

  it.each(['forged', 'expired', 'alg none', 'wrong issuer', 'unknown kid'])('refuses a %s token with 401 and calls nothing', async (kind) => {
    const tokens = await badTokens(keys, 'u-7', ['account:manage-own']);
    const before = proxy.calls.length;
    const response = await post(bffs[index]!, { authorization: `Bearer ${tokens[kind]}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(proxy.calls.length).toBe(before);
  });
});
