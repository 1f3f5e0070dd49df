import { hasPermission, type SessionUser } from '@shop/apps-platform';
import { isUnder } from '../manifest/is-under.js';
import type { RouteGuard, ShellManifest } from '../manifest/types.js';

/** What the shell does with a path for the current user. */
export type Access = 'allow' | 'sign-in' | 'forbidden';

/** The manifest guard that governs `path`: the one with the longest matching prefix. */
export function guardFor(manifest: ShellManifest, path: string): RouteGuard | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  let best: RouteGuard | undefined;
  for (const guard of manifest.apps.flatMap((app) => app.guards)) {
    if (isUnder(normalised, guard.path) && (!best || guard.path.length > best.path.length)) best = guard;
  }
  return best;
}

/** Signed out on a guarded path → sign in; signed in without the permission → forbidden (403). */
export function accessTo(guard: RouteGuard | undefined, user: SessionUser | null): Access {
  if (!guard || guard.access === 'public') return 'allow';
  if (!user) return 'sign-in';
  if (guard.access === 'signed-in') return 'allow';
  return hasPermission(user, guard.access) ? 'allow' : 'forbidden';
}

/** Where the sign-in page should send the user back to: same-origin paths only. */
export function safeNext(next: unknown): string | undefined {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : undefined;
}
