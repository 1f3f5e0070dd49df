import { Metadata } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { verifyServiceToken } from '@shop/node-platform/auth';
import { createTestServiceKeys } from '@shop/node-platform/auth/testing';
import { withPermission } from './caller-auth.js';
import { loadServiceCredentials } from './service-credentials.js';
import type { CallContext } from '../grpc/unary.js';

describe('loadServiceCredentials', () => {
  it("signs the service's calls with its own key, one cached token per callee", async () => {
    const keys = await createTestServiceKeys('order');
    const credentials = await loadServiceCredentials('order', { env: { SERVICE_SIGNING_KEY: keys.signingKeyJson }, nodeEnv: 'production' });
    const base = new Metadata();
    base.set('x-request-id', 'r-1');
    const metadata = await credentials.metadata('catalog', base);
    expect(metadata.get('x-request-id')).toEqual(['r-1']);
    const header = metadata.get('authorization')[0] as string;
    expect(await credentials.authorization('catalog')).toBe(header);
    await expect(verifyServiceToken(header.slice('Bearer '.length), keys.verificationKeys, 'catalog')).resolves.toMatchObject({ service: 'order' });
    await expect(verifyServiceToken(header.slice('Bearer '.length), keys.verificationKeys, 'payment')).rejects.toThrow();
  });

  it('stops in production without a key, and refuses a key of another service', async () => {
    await expect(loadServiceCredentials('order', { env: {}, nodeEnv: 'production' })).rejects.toThrow(/SERVICE_SIGNING_KEY: required in production/);
    const other = await createTestServiceKeys('payment');
    await expect(loadServiceCredentials('order', { env: { SERVICE_SIGNING_KEY: other.signingKeyJson } })).rejects.toThrow(/must start with "order\."/);
  });
});

describe('withPermission', () => {
  it('runs the handler only for a caller holding the permission', async () => {
    const keys = await createTestServiceKeys('order');
    const credentials = await loadServiceCredentials('order', { env: { SERVICE_SIGNING_KEY: keys.signingKeyJson } });
    const auth = { verificationKeys: keys.verificationKeys, audience: { issuer: 'shop-user', audience: 'shop' }, services: { verificationKeys: keys.verificationKeys, callee: 'payment' } };
    const ran: string[] = [];
    const handler = withPermission(auth, 'payments:process', async (request: string) => void ran.push(request));
    const ctx = (metadata: Metadata) => ({ metadata }) as CallContext;
    await handler('paid', ctx(await credentials.metadata('payment')));
    await expect(handler('anonymous', ctx(new Metadata()))).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    await expect(handler('wrong callee', ctx(await credentials.metadata('catalog')))).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(ran).toEqual(['paid']);
  });
});
