import { GraphQLRequestError } from '../graphql-request-error.js';
import { refreshDelay, REFRESH_MARGIN_MS } from './refresh-delay.js';
import { SIGNED_OUT, type AuthPayload, type SessionAuth, type SessionSource, type SharedSession } from './types.js';

/** How a session owner reaches the user BFF and tells the world about changes. */
export interface SessionControllerOptions {
  /** `refreshSession` at the user BFF (the httpOnly cookie travels with it); throws GraphQLRequestError. */
  refreshSession(): Promise<AuthPayload>;
  /** `logout` at the user BFF (revokes the refresh token, clears the cookie). */
  logout(accessToken: string | null): Promise<void>;
  /** A session that existed has ended: the BFF refused to refresh it. */
  onEnded?(): void;
  /** Refresh this long before expiry; default 30 s. */
  marginMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** A session owner: the shell's, or a standalone sub-app's own. */
export interface SessionController extends SessionSource {
  /** The functions shared as `globalData.auth`. */
  readonly functions: SessionAuth;
  /** Silent refresh from the cookie at page load; resolves when the outcome is known. */
  restore(): Promise<void>;
  /** Cancels the scheduled refresh. */
  dispose(): void;
}

/**
 * Owns one session in memory (never storage): adopts AuthPayloads, refreshes `margin` before expiry
 * and on demand with a single flight (concurrent callers share one `refreshSession` request), and
 * signs out. A refresh that finishes after a sign-out or a newer sign-in is discarded.
 */
export function createSessionController(options: SessionControllerOptions): SessionController {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const listeners = new Set<(session: SharedSession) => void>();
  let session: SharedSession = SIGNED_OUT;
  let generation = 0; // bumped by every sign-in and sign-out
  let inflight: Promise<string | null> | undefined;
  let timer: unknown;

  function set(next: SharedSession): void {
    session = next;
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    const delay = refreshDelay(next.expiresAt, now(), options.marginMs ?? REFRESH_MARGIN_MS);
    if (next.user && delay !== undefined) timer = setTimer(() => void refresh(), delay);
    for (const listener of listeners) listener(session);
  }

  function adopt(payload: AuthPayload): void {
    const { id, email, displayName, role, permissions } = payload.user;
    set({ user: { id, email, displayName, role, permissions: [...permissions] }, accessToken: payload.accessToken, expiresAt: payload.accessTokenExpiresAt });
  }

  async function runRefresh(): Promise<string | null> {
    const started = generation;
    const hadUser = session.user !== null;
    try {
      const payload = await options.refreshSession();
      if (generation !== started) return session.accessToken;
      adopt(payload);
      return payload.accessToken;
    } catch (error) {
      if (generation !== started) return session.accessToken;
      // Only the BFF saying "no session" ends it; an outage keeps it for a later try.
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        set(SIGNED_OUT);
        if (hadUser) options.onEnded?.();
      }
      return null;
    }
  }

  function refresh(): Promise<string | null> {
    inflight ??= runRefresh().finally(() => (inflight = undefined));
    return inflight;
  }

  const functions: SessionAuth = {
    refresh,
    signedIn(payload) {
      generation += 1;
      adopt(payload);
    },
    async signOut() {
      generation += 1;
      const token = session.accessToken;
      const rotating = inflight;
      set(SIGNED_OUT);
      // A refresh in flight rotates the refresh cookie: let its answer (and new cookie) land first,
      // so logout revokes the session it leaves rather than racing it and leaving a live cookie.
      await rotating?.catch(() => undefined);
      await options.logout(token).catch(() => undefined); // signed out here whatever the BFF says
    },
  };

  return {
    functions,
    current: () => session,
    auth: () => functions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restore: async () => void (await refresh()),
    dispose() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
