import type { SessionUser } from '@shop/apps-platform';
import type { Router } from 'vue-router';
import type { ShellManifest } from '../manifest/types.js';
import { accessTo, guardFor } from './access.js';

/** What the guard needs to know about the session. */
export interface GuardSession {
  /** Resolves once the page-load silent refresh has an outcome. */
  ready(): Promise<void>;
  user(): SessionUser | null;
}

/**
 * Sends a signed-out user on a guarded path to the sign-in page with `?next=<where they were
 * going>`. Waits for the silent refresh only on guarded paths (public pages never wait). A user
 * without the permission is let through: the layout shows the 403 page at that URL.
 */
export function installSessionGuard(router: Router, manifest: ShellManifest, session: GuardSession): void {
  const loginPath = manifest.session?.loginPath;
  router.beforeEach(async (to) => {
    const guard = guardFor(manifest, to.path);
    if (!guard || guard.access === 'public' || !loginPath) return true;
    await session.ready();
    if (accessTo(guard, session.user()) !== 'sign-in') return true;
    return { path: loginPath, query: { next: to.fullPath } };
  });
}
