import { Metadata } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { createTestKeys, createTestServiceKeys, mintTestServiceToken, mintTestToken, TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { isServiceCaller, principalFrom, requirePermission, requireSignedIn } from './call-principal.js';

function metadata(...values: string[]): Metadata {
  const md = new Metadata();
  for (const value of values) md.add('authorization', value);
  return md;
}

describe('principalFrom', async () => {
  const keys = await createTestKeys();
  const auth = { verificationKeys: keys.verificationKeys, audience: TEST_AUDIENCE };

  it('is anonymous without a token and the verified user with one', async () => {
    expect(await principalFrom(new Metadata(), auth)).toBeUndefined();
    const token = await mintTestToken(keys, 'u-7', ['orders:place']);
    expect(await principalFrom(metadata(`Bearer ${token}`), auth)).toMatchObject({ userId: 'u-7' });
  });

  it('answers UNAUTHENTICATED for a bad, expired or doubled token', async () => {
    const expired = await mintTestToken(keys, 'u', [], { now: () => Date.now() - 3_600_000 });
    const good = await mintTestToken(keys, 'u', []);
    for (const md of [metadata('Bearer nope'), metadata(`Bearer ${expired}`), metadata('Basic abc'), metadata(`Bearer ${good}`, `Bearer ${good}`)]) {
      await expect(principalFrom(md, auth)).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    }
  });
});

describe('permission checks', () => {
  const shopper = { userId: 'u', permissions: new Set(['orders:place'] as const), expiresAt: 0 };

  it('tells anonymous (UNAUTHENTICATED) from not allowed (PERMISSION_DENIED)', () => {
    expect(() => requireSignedIn(undefined)).toThrow(expect.objectContaining({ kind: 'UNAUTHENTICATED' }));
    expect(() => requirePermission(undefined, 'users:manage')).toThrow(expect.objectContaining({ kind: 'UNAUTHENTICATED' }));
    expect(() => requirePermission(shopper, 'users:manage')).toThrow(expect.objectContaining({ kind: 'PERMISSION_DENIED' }));
    expect(requirePermission(shopper, 'orders:place')).toBe(shopper);
  });
});

describe('principalFrom with service tokens', async () => {
  const users = await createTestKeys('user-1');
  const services = await createTestServiceKeys('order');
  const auth = { verificationKeys: users.verificationKeys, audience: TEST_AUDIENCE, services: { verificationKeys: services.verificationKeys, callee: 'catalog' } };

  it('tells a service from a user, and requirePermission works for both', async () => {
    const service = await principalFrom(metadata(`Bearer ${await mintTestServiceToken(services, 'catalog')}`), auth);
    expect(isServiceCaller(service)).toBe(true);
    expect(requirePermission(service, 'stock:reserve')).toMatchObject({ service: 'order' });
    expect(() => requirePermission(service, 'users:manage')).toThrow(expect.objectContaining({ kind: 'PERMISSION_DENIED' }));
    const admin = await principalFrom(metadata(`Bearer ${await mintTestToken(users, 'a-1', ['users:manage', 'catalog:write', 'orders:manage'])}`), auth);
    expect(isServiceCaller(admin)).toBe(false);
    expect(() => requirePermission(admin, 'stock:reserve')).toThrow(expect.objectContaining({ kind: 'PERMISSION_DENIED' }));
  });

  it('answers UNAUTHENTICATED for a service token at a service that takes none, for another callee, or expired', async () => {
    const token = await mintTestServiceToken(services, 'catalog');
    const usersOnly = { verificationKeys: users.verificationKeys, audience: TEST_AUDIENCE };
    await expect(principalFrom(metadata(`Bearer ${token}`), usersOnly)).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    const forPayment = await mintTestServiceToken(services, 'payment');
    const expired = await mintTestServiceToken(services, 'catalog', { now: () => Date.now() - 3_600_000 });
    for (const bad of [forPayment, expired]) {
      await expect(principalFrom(metadata(`Bearer ${bad}`), auth)).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    }
  });
});
