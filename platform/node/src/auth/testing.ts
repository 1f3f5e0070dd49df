// Test helpers: a key ring and tokens, good and bad, for every tier's auth tests.
import type { Permission } from '@shop/contracts/auth';
import { parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';
import { generateKeyPairJwk, signAccessToken } from './sign-access-token.js';
import type { TokenAudience } from './access-token.js';
import { serviceOfKid, signServiceToken } from './service-token.js';

/** The issuer and audience test tokens use. */
export const TEST_AUDIENCE: TokenAudience = { issuer: 'shop-user', audience: 'shop' };

/** A signing key and the verification set that trusts it, as objects and as env JSON. */
export interface TestKeys {
  signer: SigningKey;
  verificationKeys: VerificationKeys;
  signingKeyJson: string;
  verificationKeysJson: string;
}

/** Makes a fresh Ed25519 pair under `kid`. */
export async function createTestKeys(kid = 'test-1'): Promise<TestKeys> {
  const { privateJwk, publicJwk } = await generateKeyPairJwk(kid);
  const signingKeyJson = JSON.stringify(privateJwk);
  const verificationKeysJson = JSON.stringify({ keys: [publicJwk] });
  return {
    signer: await parseSigningKey(signingKeyJson),
    verificationKeys: await parseVerificationKeys(verificationKeysJson),
    signingKeyJson,
    verificationKeysJson,
  };
}

/** Signs a token for `userId` with `permissions` (default TTL 60 s, default audience). */
export function mintTestToken(
  keys: TestKeys,
  userId: string,
  permissions: readonly Permission[],
  options: { ttlSeconds?: number; now?: () => number; audience?: TokenAudience } = {},
): Promise<string> {
  const audience = options.audience ?? TEST_AUDIENCE;
  return signAccessToken({ userId, permissions }, keys.signer, { ...audience, ttlSeconds: options.ttlSeconds ?? 60 }, options.now);
}

/** Makes a fresh service key pair for `service` (kid `<service>.<label>`), as objects and env JSON. */
export function createTestServiceKeys(service = 'order', label = 'test-1'): Promise<TestKeys> {
  return createTestKeys(`${service}.${label}`);
}

/** Signs a service token from the keys' service (taken from the kid) for `callee` (default TTL 60 s). */
export function mintTestServiceToken(
  keys: TestKeys,
  callee: string,
  options: { ttlSeconds?: number; now?: () => number; service?: string } = {},
): Promise<string> {
  const service = options.service ?? serviceOfKid(keys.signer.kid) ?? '';
  return signServiceToken(service, callee, keys.signer, { ttlSeconds: options.ttlSeconds ?? 60, now: options.now });
}

/**
 * Service tokens for `callee` that must all be refused UNAUTHENTICATED by a verifier trusting
 * only `keys`: expired, tampered, alg none, an untrusted kid, the right kid with another key,
 * and one minted for another callee.
 */
export async function badServiceTokens(keys: TestKeys, callee: string): Promise<Record<string, string>> {
  const service = serviceOfKid(keys.signer.kid) ?? 'order';
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const good = await mintTestServiceToken(keys, callee);
  const [header, payload, signature] = good.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  return {
    expired: await mintTestServiceToken(keys, callee, { now: () => Date.now() - 3_600_000 }),
    tampered: `${header}.${b64({ ...claims, sub: 'service:root' })}.${signature}`,
    'alg none': `${b64({ alg: 'none', kid: keys.signer.kid, typ: 'svc+jwt' })}.${payload}.`,
    'untrusted kid': await mintTestServiceToken(await createTestServiceKeys(service, 'unknown'), callee),
    'trusted kid, other key': await mintTestServiceToken(await createTestKeys(keys.signer.kid), callee),
    'another callee': await mintTestServiceToken(keys, `not-${callee}`),
  };
}
