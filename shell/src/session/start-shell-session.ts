import microApp from '@micro-zoe/micro-app';
import { SIGNED_OUT, type SharedSession } from '@shop/apps-platform';
import type { Router } from 'vue-router';
import type { ShellManifest } from '../manifest/types.js';
import { accessTo, guardFor } from '../router/access.js';
import { installSessionGuard } from '../router/session-guard.js';
import type { useSessionStore } from '../stores/useSessionStore.js';
import { userBffSession } from './user-bff.js';

type SessionStore = ReturnType<typeof useSessionStore>;

/** Where the browser really is: sub-app navigation moves `location` without the shell router. */
function here(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * Wires the session into the shell: starts it (silent refresh from the cookie, global data for
 * the sub-apps) when the manifest names a session app, and installs the route guard. A session
 * that ends sends the user to sign-in with `?next=`; a sign-out on a guarded page goes home.
 */
export function startShellSession(router: Router, manifest: ShellManifest, session: SessionStore, onChange?: (next: SharedSession) => void): void {
  installSessionGuard(router, manifest, { ready: () => session.ready(), user: () => session.user });
  const config = manifest.session;
  if (!config) {
    onChange?.(SIGNED_OUT);
    return;
  }
  const guarded = () => accessTo(guardFor(manifest, window.location.pathname), null) !== 'allow';
  session.start({
    config,
    api: userBffSession(config.bffUrl),
    host: microApp,
    onEnded: () => {
      if (window.location.pathname === config.loginPath) return;
      void router.push({ path: config.loginPath, query: { next: here() }, force: true });
    },
    onSignedOut: () => {
      if (guarded()) void router.push({ path: manifest.home, force: true });
    },
    onChange,
  });
}
