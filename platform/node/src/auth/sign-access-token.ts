// Minting access tokens: the user service signs them; tests mint good and bad ones with it.
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { Permission } from '@shop/contracts/auth';
import type { TokenAudience } from './access-token.js';
import { ACCESS_TOKEN_ALG, type SigningKey } from './key-set.js';

/** What an access token says about its bearer. */
export interface AccessTokenSubject {
  userId: string;
  permissions: readonly Permission[];
}

/** Signs a short-lived access token (`sub`, `perms`, `iss`, `aud`, `iat`, `exp`, header `kid`). */
export async function signAccessToken(
  subject: AccessTokenSubject,
  signer: SigningKey,
  audience: TokenAudience & { ttlSeconds: number },
  now: () => number = Date.now,
): Promise<string> {
  const issuedAt = Math.floor(now() / 1000);
  return new SignJWT({ perms: [...subject.permissions] })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: signer.kid, typ: 'at+jwt' })
    .setSubject(subject.userId)
    .setIssuer(audience.issuer)
    .setAudience(audience.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + audience.ttlSeconds)
    .sign(signer.key);
}

/** A new Ed25519 key pair as JWKs (private with `d`, public without), both carrying `kid`. */
export async function generateKeyPairJwk(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(ACCESS_TOKEN_ALG, { crv: 'Ed25519', extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ACCESS_TOKEN_ALG, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ACCESS_TOKEN_ALG, use: 'sig' };
  return { privateJwk, publicJwk };
}
