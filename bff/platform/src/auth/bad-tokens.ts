// Test helper: the tokens every verifier must refuse, made against a real key ring.
import type { Permission } from '@shop/contracts/auth';
import { createTestKeys, mintTestToken, TEST_AUDIENCE, type TestKeys } from '@shop/node-platform/auth/testing';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Tokens for `userId` with `permissions` that must each be refused as UNAUTHENTICATED by a
 * verifier trusting `keys`: forged (same kid, another key), expired, `alg: none`, another
 * issuer, an unknown kid, and a header that is not a JWT at all.
 */
export async function badTokens(keys: TestKeys, userId: string, permissions: readonly Permission[]): Promise<Record<string, string>> {
  const impostor = await createTestKeys(keys.signer.kid);
  const stranger = await createTestKeys('unknown-kid');
  const now = Math.floor(Date.now() / 1000);
  const none = `${b64url({ alg: 'none', typ: 'JWT', kid: keys.signer.kid })}.${b64url({
    sub: userId, perms: permissions, iss: TEST_AUDIENCE.issuer, aud: TEST_AUDIENCE.audience, iat: now, exp: now + 60,
  })}.`;
  return {
    forged: await mintTestToken(impostor, userId, permissions),
    expired: await mintTestToken(keys, userId, permissions, { ttlSeconds: 60, now: () => Date.now() - 3_600_000 }),
    'alg none': none,
    'wrong issuer': await mintTestToken(keys, userId, permissions, { audience: { ...TEST_AUDIENCE, issuer: 'someone-else' } }),
    'unknown kid': await mintTestToken(stranger, userId, permissions),
    malformed: 'not-a-jwt',
  };
}
