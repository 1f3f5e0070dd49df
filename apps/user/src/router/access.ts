import type { RouteLocationNormalizedLoaded, RouteLocationRaw, Router } from 'vue-router';
import { ROUTE } from './routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** `signed-in`: sign in first; `guest`: sign-in and register pages (a signed-in user moves on). */
    access?: 'signed-in' | 'guest';
  }
}

/** True for pages that need a signed-in user. */
export function needsSignIn(route: Pick<RouteLocationNormalizedLoaded, 'meta'>): boolean {
  return route.meta.access === 'signed-in';
}

/** The router's base (`/account`, or the shell's baseroute), without a trailing slash. */
export function baseOf(router: Router): string {
  return router.options.history.base.replace(/\/+$/, '');
}

/** The sign-in page, remembering the page (as a full path, like the shell's guard) to return to. */
export function loginLocation(router: Router, from: Pick<RouteLocationNormalizedLoaded, 'fullPath'>): RouteLocationRaw {
  return { name: ROUTE.login, query: { next: `${baseOf(router)}${from.fullPath}` } };
}

/** A same-origin path to return to after signing in, or undefined. */
export function safeNext(next: unknown): string | undefined {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : undefined;
}
