import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthError, verifyAccessToken } from './access-token.js';
import { parseVerificationKeys } from './key-set.js';
import { serviceOfKid, signServiceToken, verifyServiceToken } from './service-token.js';
import { createTestKeys, createTestServiceKeys, mintTestServiceToken, mintTestToken, TEST_AUDIENCE } from './testing.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthError);
  return (error as AuthError).reason;
}

describe('verifyServiceToken', () => {
  it('proves the calling service and derives its permissions from the map, not the token', async () => {
    const keys = await createTestServiceKeys('order');
    const token = await mintTestServiceToken(keys, 'catalog');
    const caller = await verifyServiceToken(token, keys.verificationKeys, 'catalog');
    expect(caller.service).toBe('order');
    expect([...caller.permissions]).toEqual(['stock:reserve', 'payments:process']);
    // A service not in the map is authenticated but may do nothing.
    const catalogKeys = await createTestServiceKeys('catalog');
    const fromCatalog = await mintTestServiceToken(catalogKeys, 'payment');
    expect((await verifyServiceToken(fromCatalog, catalogKeys.verificationKeys, 'payment')).permissions.size).toBe(0);
  });

  it('accepts a token only at the callee it was minted for', async () => {
    const keys = await createTestServiceKeys('order');
    const token = await mintTestServiceToken(keys, 'payment');
    expect(await reason(verifyServiceToken(token, keys.verificationKeys, 'catalog'))).toBe('invalid');
  });

  it('never takes a user access token, even one signed by a trusted service key', async () => {
    const keys = await createTestServiceKeys('order');
    const userToken = await mintTestToken(keys, 'service:order', ['users:manage']);
    expect(await reason(verifyServiceToken(userToken, keys.verificationKeys, 'catalog'))).toBe('invalid');
    const userKeys = await createTestKeys('dev-1');
    const admin = await mintTestToken(userKeys, 'u-1', ['users:manage', 'catalog:write']);
    expect(await reason(verifyServiceToken(admin, userKeys.verificationKeys, 'catalog'))).toBe('invalid');
  });

  it('is never taken as a user access token, even by a verifier trusting the same key', async () => {
    const keys = await createTestServiceKeys('order');
    const token = await mintTestServiceToken(keys, 'catalog');
    expect(await reason(verifyAccessToken(token, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
    expect(await reason(verifyAccessToken(token, keys.verificationKeys, { issuer: 'shop-services', audience: 'service:catalog' }))).toBe('invalid');
  });

  it('refuses expired, forged, alg none, HMAC, unknown and impostor kids', async () => {
    const keys = await createTestServiceKeys('order', 'k1');
    const expired = await mintTestServiceToken(keys, 'catalog', { now: () => Date.now() - 3_600_000 });
    expect(await reason(verifyServiceToken(expired, keys.verificationKeys, 'catalog'))).toBe('expired');
    const good = await mintTestServiceToken(keys, 'catalog');
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${header}.${b64({ ...claims, exp: (claims.exp as number) + 86_400 })}.${signature}`;
    const none = `${b64({ alg: 'none', kid: 'order.k1', typ: 'svc+jwt' })}.${payload}.`;
    const x = (JSON.parse(keys.verificationKeysJson) as { keys: Array<{ x: string }> }).keys[0]!.x;
    const hsInput = `${b64({ alg: 'HS256', kid: 'order.k1', typ: 'svc+jwt' })}.${payload}`;
    const hs = `${hsInput}.${createHmac('sha256', x).update(hsInput).digest('base64url')}`;
    const stranger = await mintTestServiceToken(await createTestServiceKeys('order', 'k2'), 'catalog');
    const impostor = await mintTestServiceToken(await createTestServiceKeys('order', 'k1'), 'catalog');
    for (const token of [forged, none, hs, stranger, impostor, 'a.b', '']) {
      expect(['invalid', 'malformed']).toContain(await reason(verifyServiceToken(token, keys.verificationKeys, 'catalog')));
    }
  });

  it("binds a key to the service its kid names: catalog's key cannot speak for order", async () => {
    const order = await createTestServiceKeys('order');
    const catalog = await createTestServiceKeys('catalog');
    const trusted = await parseVerificationKeys(
      JSON.stringify({ keys: [...JSON.parse(order.verificationKeysJson).keys, ...JSON.parse(catalog.verificationKeysJson).keys] }),
    );
    await expect(signServiceToken('order', 'payment', catalog.signer, { ttlSeconds: 60 })).rejects.toThrow(/does not belong/);
    const spoofed = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: catalog.signer.kid, typ: 'svc+jwt' })
      .setSubject('service:order')
      .setIssuer('shop-services')
      .setAudience('service:payment')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(catalog.signer.key);
    expect(await reason(verifyServiceToken(spoofed, trusted, 'payment'))).toBe('invalid');
    // A kid that names no service is never trusted.
    const plain = await createTestKeys('dev-1');
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: 'dev-1', typ: 'svc+jwt' })
      .setSubject('service:order')
      .setIssuer('shop-services')
      .setAudience('service:payment')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(plain.signer.key);
    expect(await reason(verifyServiceToken(token, plain.verificationKeys, 'payment'))).toBe('invalid');
  });

  it('reads the service from a kid', () => {
    expect(serviceOfKid('order.2026-12')).toBe('order');
    for (const kid of ['order', '.order', 'Order.1', 'dev-1234']) expect(serviceOfKid(kid)).toBeUndefined();
  });
});
