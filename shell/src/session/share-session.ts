import type { SessionAuth, SharedSession } from '@shop/apps-platform';

/** The part of micro-app's host API the shell uses to share data with every sub-app. */
export interface GlobalDataHost {
  setGlobalData(data: Record<PropertyKey, unknown>): void;
  clearGlobalData(): void;
}

/**
 * Returns a function that publishes a session to every sub-app (also ones mounted later: global
 * data is cached) as `{ session, auth }`. Sign-out clears global data first: `setGlobalData`
 * merges, so nothing of the old session may survive in a key we forget.
 */
export function sessionPublisher(host: GlobalDataHost, auth: SessionAuth): (session: SharedSession) => void {
  let signedIn = false;
  return (session) => {
    // A plain copy: sub-apps live in another realm and must not hold the shell's reactive objects.
    const shared: SharedSession = {
      user: session.user ? { ...session.user, permissions: [...session.user.permissions] } : null,
      accessToken: session.accessToken,
      expiresAt: session.expiresAt,
    };
    if (signedIn && !shared.user) host.clearGlobalData();
    signedIn = shared.user !== null;
    host.setGlobalData({ session: shared, auth });
  };
}
