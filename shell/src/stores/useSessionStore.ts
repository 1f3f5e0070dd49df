import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { createSessionController, hasPermission, SIGNED_OUT, type SessionAuth, type SessionController, type SessionUser, type SharedSession } from '@shop/apps-platform';
import type { SessionConfig } from '../manifest/types.js';
import type { GlobalDataHost } from '../session/share-session.js';
import { sessionPublisher } from '../session/share-session.js';
import type { UserBffSession } from '../session/user-bff.js';

/** Shown on the sign-in page after a session could not be refreshed. */
export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/** What the session store is started with (main.ts wires the real ones). */
export interface SessionStart {
  config: SessionConfig;
  api: UserBffSession;
  host: GlobalDataHost;
  /** The session ended under the user (refresh refused): take them to sign-in. */
  onEnded(): void;
  /** The user signed out (from the header or a sub-app). */
  onSignedOut(): void;
  /** Every session change, after it was shared with the sub-apps (e.g. the cart count follows). */
  onChange?(session: SharedSession): void;
}

/**
 * The shell's session (Pinia setup store). The access token stays inside the controller, in
 * memory only; the store exposes the user for the chrome, and `auth` — the functions every sub-app
 * gets through global data.
 */
export const useSessionStore = defineStore('shell-session', () => {
  const user = shallowRef<SessionUser | null>(null);
  const notice = shallowRef<string | null>(null);
  const config = shallowRef<SessionConfig>();
  let controller: SessionController | undefined;
  let ready: Promise<void> = Promise.resolve();
  let auth: SessionAuth | undefined;

  /** Starts the session: publishes the signed-out state, then tries the silent refresh. */
  function start(options: SessionStart): void {
    config.value = options.config;
    const session = createSessionController({
      refreshSession: () => options.api.refreshSession(),
      logout: () => options.api.logout(),
      onEnded: () => {
        notice.value = SESSION_ENDED;
        options.onEnded();
      },
    });
    auth = {
      refresh: session.functions.refresh,
      signedIn(payload) {
        notice.value = null;
        session.functions.signedIn(payload);
      },
      async signOut() {
        await session.functions.signOut();
        options.onSignedOut();
      },
    };
    const publish = sessionPublisher(options.host, auth);
    session.subscribe((next) => {
      user.value = next.user;
      publish(next);
      options.onChange?.(next);
    });
    publish(SIGNED_OUT);
    options.onChange?.(SIGNED_OUT);
    controller = session;
    ready = session.restore();
  }

  return {
    user,
    notice,
    config,
    start,
    signedIn: computed(() => user.value !== null),
    isAdmin: computed(() => hasPermission(user.value, config.value?.adminPermission ?? 'users:manage')),
    /** Resolves when the page-load refresh has an outcome. */
    ready: () => ready,
    /** The shared functions; undefined until started (no session app in the manifest). */
    auth: () => auth,
    /** For tests and diagnostics: the token never leaves the controller otherwise. */
    hasToken: () => controller?.current().accessToken != null,
    clearNotice: () => void (notice.value = null),
  };
});
