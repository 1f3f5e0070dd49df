// The account use cases: register, sign in, refresh, sign out, change password and profile.
// Rules come from domain/, storage from db/; errors are DomainErrors (mapped once to gRPC).
import { DomainError } from '@shop/services-platform';
import type { RefreshTokenStore } from '../db/refresh-token-store.js';
import type { UserStore } from '../db/user-store.js';
import type { UserRow } from '../db/schema/users.js';
import { checkDisplayName } from '../domain/display-name.js';
import { normaliseEmail } from '../domain/email.js';
import { hashPassword, verifyPassword } from '../domain/password-hasher.js';
import { checkNewPassword } from '../domain/password-policy.js';
import { decideRefresh, hashRefreshToken, isWellFormedRefreshToken } from '../domain/refresh-token.js';
import type { AccountSession, IssueSession } from './sessions.js';

const badCredentials = () => new DomainError('UNAUTHENTICATED', 'Email or password is incorrect.');
const signInAgain = () => new DomainError('UNAUTHENTICATED', 'Your session has ended. Please sign in again.');

/** Dependencies of the account use cases. */
export interface AccountDeps {
  users: UserStore;
  tokens: RefreshTokenStore;
  issueSession: IssueSession;
  now?: () => Date;
}

/** Builds the account use cases over their stores. */
export function createAccounts({ users, tokens, issueSession, now = () => new Date() }: AccountDeps) {
  async function existingUser(id: string): Promise<UserRow> {
    const user = await users.byId(id);
    if (!user) throw signInAgain();
    return user;
  }

  return {
    /** Creates a shopper account and signs it in; a taken email is ALREADY_EXISTS on `email`. */
    async register(input: { email: string; displayName: string; password: string }): Promise<AccountSession> {
      const email = normaliseEmail(input.email);
      const displayName = checkDisplayName(input.displayName);
      checkNewPassword(input.password, 'password', [email, email.split('@')[0]!, displayName]);
      const created = await users.create({ email, displayName, passwordHash: await hashPassword(input.password) });
      if (created === 'duplicate') {
        throw new DomainError('ALREADY_EXISTS', 'An account with this email already exists. Sign in instead.', 'email');
      }
      return issueSession(created);
    },

    /** Signs in; unknown email and wrong password give the same answer in about the same time. */
    async login(input: { email: string; password: string }): Promise<AccountSession> {
      const email = normaliseEmail(input.email);
      const user = await users.byEmail(email);
      if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) throw badCredentials();
      return issueSession(user);
    },

    /** Rotates a refresh token; a reused one (after the grace window) revokes its whole family. */
    async refresh(refreshToken: string): Promise<AccountSession> {
      if (!isWellFormedRefreshToken(refreshToken)) throw signInAgain();
      const hash = hashRefreshToken(refreshToken);
      const at = now();
      let stored = await tokens.byHash(hash);
      let decision = decideRefresh(stored, at);
      if (decision.action === 'rotate' && !decision.concurrent && !(await tokens.markUsed(hash, at))) {
        // Used or revoked a moment ago by another request: decide again on what is stored now.
        stored = await tokens.byHash(hash);
        decision = decideRefresh(stored, at);
      }
      if (decision.action === 'revoke-family') {
        await tokens.revokeFamily(decision.familyId);
        throw signInAgain();
      }
      if (decision.action === 'reject' || !stored) throw signInAgain();
      return issueSession(await existingUser(stored.userId), decision.familyId);
    },

    /** Ends the session the token belongs to; unknown or malformed tokens are ignored. */
    async logout(refreshToken: string): Promise<void> {
      if (!isWellFormedRefreshToken(refreshToken)) return;
      const stored = await tokens.byHash(hashRefreshToken(refreshToken));
      if (stored) await tokens.revokeFamily(stored.familyId);
    },

    /** Changes the password (current one required), ends every session and starts a new one. */
    async changePassword(userId: string, input: { currentPassword: string; newPassword: string }): Promise<AccountSession> {
      const user = await existingUser(userId);
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new DomainError('INVALID_ARGUMENT', 'Current password is incorrect.', 'current_password');
      }
      checkNewPassword(input.newPassword, 'new_password', [user.email, user.displayName]);
      if (input.newPassword === input.currentPassword) {
        throw new DomainError('INVALID_ARGUMENT', 'Choose a password you have not been using.', 'new_password');
      }
      const updated = await users.setPasswordHash(user.id, user.passwordHash, await hashPassword(input.newPassword));
      if (!updated) throw new DomainError('ABORTED', 'Your password was changed at the same time elsewhere. Try again.');
      await tokens.revokeAllOf(user.id);
      return issueSession(updated);
    },

    /** Renames the account. */
    async updateProfile(userId: string, input: { displayName: string }): Promise<UserRow> {
      const displayName = checkDisplayName(input.displayName);
      const updated = await users.setDisplayName(userId, displayName);
      if (!updated) throw signInAgain();
      return updated;
    },

    /** The account, for its owner. */
    getUser: existingUser,
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
