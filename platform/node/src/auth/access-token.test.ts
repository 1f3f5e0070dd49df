import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthError, bearerToken, verifyAccessToken } from './access-token.js';
import { parseVerificationKeys } from './key-set.js';
import { createTestKeys, mintTestToken, TEST_AUDIENCE } from './testing.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = Date.now();
const claims = { sub: 'u-1', perms: ['orders:place'], iss: TEST_AUDIENCE.issuer, aud: TEST_AUDIENCE.audience, iat: Math.floor(now / 1000), exp: Math.floor(now / 1000) + 60 };

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AuthError);
  return (error as AuthError).reason;
}

describe('verifyAccessToken', () => {
  it('accepts a token signed by a trusted kid and returns who and what', async () => {
    const keys = await createTestKeys();
    const token = await mintTestToken(keys, 'user-42', ['orders:place', 'orders:read:own']);
    const principal = await verifyAccessToken(token, keys.verificationKeys, TEST_AUDIENCE);
    expect(principal.userId).toBe('user-42');
    expect([...principal.permissions]).toEqual(['orders:place', 'orders:read:own']);
    expect(principal.expiresAt).toBeGreaterThan(now / 1000);
  });

  it('refuses an expired token as expired', async () => {
    const keys = await createTestKeys();
    const token = await mintTestToken(keys, 'u', [], { ttlSeconds: 60, now: () => now - 120_000 });
    expect(await reason(verifyAccessToken(token, keys.verificationKeys, TEST_AUDIENCE))).toBe('expired');
  });

  it('refuses alg:none, HMAC with the public key as secret, and a forged signature', async () => {
    const keys = await createTestKeys('k1');
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims)}.`;
    expect(await reason(verifyAccessToken(none, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
    const publicJwk = JSON.parse(keys.verificationKeysJson).keys[0] as { x: string };
    const hsInput = `${b64({ alg: 'HS256', kid: 'k1' })}.${b64(claims)}`;
    const hs = `${hsInput}.${createHmac('sha256', publicJwk.x).update(hsInput).digest('base64url')}`;
    expect(await reason(verifyAccessToken(hs, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
    const good = await mintTestToken(keys, 'u', []);
    const [header, , signature] = good.split('.');
    const forged = `${header}.${b64({ ...claims, perms: ['users:manage'] })}.${signature}`;
    expect(await reason(verifyAccessToken(forged, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
  });

  it('refuses an unknown kid, a missing kid and another key under a trusted kid', async () => {
    const trusted = await createTestKeys('k1');
    const stranger = await createTestKeys('k2');
    const impostor = await createTestKeys('k1');
    for (const keys of [stranger, impostor]) {
      const token = await mintTestToken(keys, 'u', []);
      expect(await reason(verifyAccessToken(token, trusted.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
    }
    const { privateKey } = generateKeyPairSync('ed25519');
    const input = `${b64({ alg: 'EdDSA' })}.${b64(claims)}`;
    const noKid = `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
    expect(await reason(verifyAccessToken(noKid, trusted.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
  });

  it('refuses another issuer or audience, and unknown permissions', async () => {
    const keys = await createTestKeys();
    const otherIssuer = await mintTestToken(keys, 'u', [], { audience: { issuer: 'evil', audience: 'shop' } });
    const otherAudience = await mintTestToken(keys, 'u', [], { audience: { issuer: 'shop-user', audience: 'elsewhere' } });
    for (const token of [otherIssuer, otherAudience]) {
      expect(await reason(verifyAccessToken(token, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
    }
    const godMode = await mintTestToken(keys, 'u', ['root:*' as never]);
    expect(await reason(verifyAccessToken(godMode, keys.verificationKeys, TEST_AUDIENCE))).toBe('invalid');
  });

  it('keeps tokens of the old key valid while both keys are trusted (rotation)', async () => {
    const old = await createTestKeys('2026-11');
    const next = await createTestKeys('2026-12');
    const both = await parseVerificationKeys(JSON.stringify({
      keys: [...JSON.parse(old.verificationKeysJson).keys, ...JSON.parse(next.verificationKeysJson).keys],
    }));
    for (const keys of [old, next]) {
      const token = await mintTestToken(keys, 'u', []);
      await expect(verifyAccessToken(token, both, TEST_AUDIENCE)).resolves.toMatchObject({ userId: 'u' });
    }
  });

  it('refuses garbage before any crypto', async () => {
    const keys = await createTestKeys();
    for (const token of ['', 'a.b', 'x'.repeat(5000), 'a.b.c.d', '...']) {
      expect(['malformed', 'invalid']).toContain(await reason(verifyAccessToken(token, keys.verificationKeys, TEST_AUDIENCE)));
    }
  });
});

describe('bearerToken', () => {
  it('reads the token, treats absence as anonymous and refuses other schemes', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Bearerabc']) {
      expect(() => bearerToken(header)).toThrow(AuthError);
    }
  });
});
