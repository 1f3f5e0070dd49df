// Refresh-token rows. Using a token is one guarded UPDATE (`used_at is null`), so of two
// concurrent refreshes with the same token exactly one rotates.
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { StoredRefreshToken } from '../domain/refresh-token.js';
import type { UserDb } from './client.js';
import { refreshTokens } from './schema/refresh-tokens.js';

/** A stored token with its owner. */
export interface RefreshTokenRecord extends StoredRefreshToken {
  userId: string;
}

/** The refresh-token store of the user service. */
export interface RefreshTokenStore {
  insert(token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void>;
  byHash(tokenHash: string): Promise<RefreshTokenRecord | undefined>;
  /**
   * Marks the token used at `at` (the caller's clock, the one its reuse decisions read); false when
   * someone else used or revoked it first.
   */
  markUsed(tokenHash: string, at: Date): Promise<boolean>;
  revokeFamily(familyId: string): Promise<void>;
  /** Revokes every session of the user, except the family named (if any). */
  revokeAllOf(userId: string, exceptFamilyId?: string): Promise<void>;
}

/** The drizzle implementation of RefreshTokenStore. */
export function createRefreshTokenStore(db: UserDb): RefreshTokenStore {
  return {
    async insert(token) {
      await db.insert(refreshTokens).values(token);
    },
    async byHash(tokenHash) {
      const [row] = await db
        .select({
          userId: refreshTokens.userId,
          familyId: refreshTokens.familyId,
          usedAt: refreshTokens.usedAt,
          revokedAt: refreshTokens.revokedAt,
          expiresAt: refreshTokens.expiresAt,
        })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash))
        .limit(1);
      return row;
    },
    async markUsed(tokenHash, at) {
      const rows = await db
        .update(refreshTokens)
        .set({ usedAt: at })
        .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return rows.length === 1;
    },
    async revokeFamily(familyId) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },
    async revokeAllOf(userId, exceptFamilyId) {
      const others = exceptFamilyId ? ne(refreshTokens.familyId, exceptFamilyId) : undefined;
      await db
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt), others));
    },
  };
}
