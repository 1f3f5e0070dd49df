// Test helpers: a key ring and tokens, good and bad, for every tier's auth tests.
import type { Permission } from '@shop/contracts/auth';
import { parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';
import { generateKeyPairJwk, signAccessToken } from './sign-access-token.js';
import type { TokenAudience } from './access-token.js';

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
