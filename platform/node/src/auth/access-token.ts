// Verifying access tokens, the same way in every BFF and service: EdDSA only (so `alg: none` and
// HMAC tricks fail), the key chosen by `kid` from the configured set, issuer, audience and expiry
// checked, and the permission claim limited to permissions we know.
import { isPermission, type Permission } from '@shop/contracts/auth';
import type { VerificationKeys } from './key-set.js';
import { verifyJwt } from './verify-jwt.js';

/** Who is calling, as proven by a verified access token. */
export interface Principal {
  userId: string;
  permissions: ReadonlySet<Permission>;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/** Why a token was refused; all of them mean 401 / UNAUTHENTICATED to the caller. */
export type AuthFailure = 'malformed' | 'expired' | 'invalid';

/** A token that does not prove who is calling. The message is safe to show. */
export class AuthError extends Error {
  override readonly name = 'AuthError';

  constructor(readonly reason: AuthFailure) {
    super(reason === 'expired' ? 'Access token expired.' : 'Invalid access token.');
  }
}

/** Issuer and audience every token names. */
export interface TokenAudience {
  issuer: string;
  audience: string;
}

/** Verifies a compact JWS access token; resolves to the principal or rejects with AuthError. */
export async function verifyAccessToken(
  token: string,
  keys: VerificationKeys,
  expected: TokenAudience,
  now: () => number = Date.now,
): Promise<Principal> {
  const { payload } = await verifyJwt(token, keys, {
    issuer: expected.issuer,
    audience: expected.audience,
    requiredClaims: ['sub', 'exp', 'iat'],
    currentDate: new Date(now()),
  });
  const perms = payload.perms;
  if (typeof payload.sub !== 'string' || payload.sub === '' || !Array.isArray(perms) || !perms.every(isPermission)) {
    throw new AuthError('invalid');
  }
  return { userId: payload.sub, permissions: new Set(perms), expiresAt: payload.exp as number };
}

/** The token in an `Authorization: Bearer <token>` value; undefined when absent, AuthError when malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match) throw new AuthError('malformed');
  return match[1];
}
