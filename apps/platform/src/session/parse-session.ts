import { SIGNED_OUT, type SessionAuth, type SessionUser, type SharedSession } from './types.js';

// Global data crosses a realm (the shell's window → the sandbox iframe) and is anyone's to set:
// read it defensively, never trust its shape.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseUser(value: unknown): SessionUser | null {
  if (!isRecord(value)) return null;
  const { id, email, displayName, role, permissions } = value;
  if (typeof id !== 'string' || typeof email !== 'string' || typeof displayName !== 'string' || typeof role !== 'string') return null;
  const perms = Array.isArray(permissions) ? permissions.filter((p): p is string => typeof p === 'string') : [];
  return { id, email, displayName, role, permissions: perms };
}

/** Reads `globalData.session`; anything malformed reads as signed out. */
export function parseSession(globalData: unknown): SharedSession {
  const session = isRecord(globalData) ? globalData.session : undefined;
  if (!isRecord(session)) return SIGNED_OUT;
  const user = parseUser(session.user);
  const token = typeof session.accessToken === 'string' && session.accessToken !== '' ? session.accessToken : null;
  const expiresAt = typeof session.expiresAt === 'string' ? session.expiresAt : null;
  return user && token ? { user, accessToken: token, expiresAt } : SIGNED_OUT;
}

/** Reads `globalData.auth` when it has the three functions. */
export function parseAuth(globalData: unknown): SessionAuth | undefined {
  const auth = isRecord(globalData) ? globalData.auth : undefined;
  if (!isRecord(auth)) return undefined;
  const { refresh, signedIn, signOut } = auth;
  if (typeof refresh !== 'function' || typeof signedIn !== 'function' || typeof signOut !== 'function') return undefined;
  return auth as unknown as SessionAuth;
}
