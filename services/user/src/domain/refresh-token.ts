// Refresh tokens: opaque random strings, stored only as a SHA-256 hash, one use each. Every use
// issues the next token of the same family; presenting a token that was already used means it
// was stolen (or replayed), so the whole family is revoked and its owner must sign in again.
// One exception, the usual "reuse interval": within a few seconds of its use, a token refreshes
// again (a new successor in the same family) instead of counting as reuse — two tabs refreshing
// with the same cookie at once, or a reload that interrupted a refresh so the browser never got
// the new cookie. Outside that window a reuse still revokes the family.
import { createHash, randomBytes } from 'node:crypto';

/** A token as the client holds it, and the hash we store. */
export interface IssuedRefreshToken {
  token: string;
  hash: string;
}

/** What we know about a stored refresh token. */
export interface StoredRefreshToken {
  familyId: string;
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/** What to do with a presented refresh token. */
export type RefreshDecision =
  | { action: 'rotate'; familyId: string; /** Used moments ago: refresh again without marking it. */ concurrent?: true }
  | { action: 'revoke-family'; familyId: string; reason: 'reuse' }
  | { action: 'reject'; reason: 'unknown' | 'expired' | 'revoked' };

/** How long after its use a token still refreshes (concurrent or interrupted refresh) rather than counting as reuse. */
export const CONCURRENT_REFRESH_GRACE_MS = 5_000;

const TOKEN_BYTES = 32;
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new random token (256 bits, base64url) and its hash. */
export function issueRefreshToken(): IssuedRefreshToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

/** The stored form of a token (hex SHA-256). */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when `token` has the shape we issue (checked before any lookup). */
export function isWellFormedRefreshToken(token: string): boolean {
  return SHAPE.test(token);
}

/** Decides the fate of a presented token given what is stored for its hash (undefined = none). */
export function decideRefresh(stored: StoredRefreshToken | undefined, now: Date): RefreshDecision {
  if (!stored) return { action: 'reject', reason: 'unknown' };
  if (stored.revokedAt) return { action: 'reject', reason: 'revoked' };
  if (stored.expiresAt.getTime() <= now.getTime()) return { action: 'reject', reason: 'expired' };
  if (stored.usedAt) {
    if (now.getTime() - stored.usedAt.getTime() < CONCURRENT_REFRESH_GRACE_MS) {
      return { action: 'rotate', familyId: stored.familyId, concurrent: true };
    }
    return { action: 'revoke-family', familyId: stored.familyId, reason: 'reuse' };
  }
  return { action: 'rotate', familyId: stored.familyId };
}
