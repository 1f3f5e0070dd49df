import { vi } from 'vitest';
import { SIGNED_OUT, type SessionAuth, type SessionSource, type SessionUser, type SharedSession } from '../session/types.js';

/** A session source a test drives: `set()` a session, spy on the `auth` functions. */
export function testSession(initial: SharedSession = SIGNED_OUT): SessionSource & { set(next: SharedSession): void; functions: SessionAuth } {
  let session = initial;
  const listeners = new Set<(s: SharedSession) => void>();
  const set = (next: SharedSession): void => {
    session = next;
    for (const listener of listeners) listener(session);
  };
  const functions: SessionAuth = {
    refresh: vi.fn(async () => session.accessToken),
    signedIn: vi.fn((payload) => set({ user: payload.user, accessToken: payload.accessToken, expiresAt: payload.accessTokenExpiresAt })),
    signOut: vi.fn(async () => set(SIGNED_OUT)),
  };
  return {
    set,
    functions,
    current: () => session,
    auth: () => functions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A signed-in session for `user` (a shopper unless overridden). */
export function signedInAs(overrides: Partial<SessionUser> = {}): SharedSession {
  const user: SessionUser = { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions: ['account:manage-own'], ...overrides };
  return { user, accessToken: 'token-1', expiresAt: new Date(Date.now() + 900_000).toISOString() };
}
