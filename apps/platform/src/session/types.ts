// The session protocol between the shell (which owns the session) and the sub-apps, shared
// through micro-app global data as `{ session, auth }` (see the root README, "Sessions").

/** The signed-in user as every sub-app sees it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  /** `USER` or `ADMIN` (the GraphQL enum); check `permissions`, not the role. */
  role: string;
  /** What the role allows, e.g. `users:manage`. */
  permissions: readonly string[];
}

/** `globalData.session`: the current session; all null when signed out. */
export interface SharedSession {
  user: SessionUser | null;
  accessToken: string | null;
  /** ISO instant the access token expires. */
  expiresAt: string | null;
}

/** What the user BFF answers to register, login, refreshSession and changePassword. */
export interface AuthPayload {
  user: SessionUser;
  accessToken: string;
  accessTokenExpiresAt: string;
}

/** `globalData.auth`: the session owner's functions (they travel by reference). */
export interface SessionAuth {
  /** A fresh access token (single flight across every caller); null when signed out. */
  refresh(): Promise<string | null>;
  /** Adopts a session after login/register/password change. */
  signedIn(payload: AuthPayload): void;
  /** Ends the session everywhere (revokes the refresh token). */
  signOut(): Promise<void>;
}

/** Where a sub-app reads the session: the shell's global data, or its own standalone session. */
export interface SessionSource {
  current(): SharedSession;
  /** The session owner's functions; undefined when nobody owns a session (anonymous). */
  auth(): SessionAuth | undefined;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (session: SharedSession) => void): () => void;
}

/** The signed-out session. */
export const SIGNED_OUT: SharedSession = Object.freeze({ user: null, accessToken: null, expiresAt: null });

/** True when the user holds `permission`. */
export function hasPermission(user: SessionUser | null | undefined, permission: string): boolean {
  return user?.permissions.includes(permission) ?? false;
}
