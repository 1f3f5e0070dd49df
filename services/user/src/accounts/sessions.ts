// Issuing a session: a short-lived access token for the user's current role and a new refresh
// token in the given family (a new family for a new sign-in).
import { randomUUID } from 'node:crypto';
import { permissionsOf, type Role } from '@shop/contracts/auth';
import { signAccessToken, type SigningKey, type TokenAudience } from '@shop/node-platform/auth';
import type { RefreshTokenStore } from '../db/refresh-token-store.js';
import type { UserRow } from '../db/schema/users.js';
import { issueRefreshToken } from '../domain/refresh-token.js';

/** How sessions are made. */
export interface SessionSettings {
  signer: SigningKey;
  audience: TokenAudience;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  now?: () => number;
}

/** A signed-in session, before it is put on the wire. */
export interface AccountSession {
  user: UserRow;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  familyId: string;
}

/** Makes sessions for users, storing each refresh token's hash. */
export function createSessionIssuer(tokens: RefreshTokenStore, settings: SessionSettings) {
  const now = settings.now ?? Date.now;
  return async function issueSession(user: UserRow, familyId: string = randomUUID()): Promise<AccountSession> {
    const issuedAt = now();
    const permissions = permissionsOf(user.role as Role);
    const accessToken = await signAccessToken(
      { userId: user.id, permissions },
      settings.signer,
      { ...settings.audience, ttlSeconds: settings.accessTokenTtlSeconds },
      () => issuedAt,
    );
    const refresh = issueRefreshToken();
    const refreshTokenExpiresAt = new Date(issuedAt + settings.refreshTokenTtlSeconds * 1000);
    await tokens.insert({ userId: user.id, familyId, tokenHash: refresh.hash, expiresAt: refreshTokenExpiresAt });
    return {
      user,
      accessToken,
      accessTokenExpiresAt: new Date((Math.floor(issuedAt / 1000) + settings.accessTokenTtlSeconds) * 1000),
      refreshToken: refresh.token,
      refreshTokenExpiresAt,
      familyId,
    };
  };
}

export type IssueSession = ReturnType<typeof createSessionIssuer>;
