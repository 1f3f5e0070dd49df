// The refresh token lives only in this cookie: httpOnly (no script reads it), SameSite=Lax,
// Path=/graphql (sent to the BFF's GraphQL endpoint only), Secure unless the BFF is served from
// http://localhost or 127.0.0.1 (browsers drop Secure cookies over plain http there).
import type { IncomingMessage } from 'node:http';
import { parse, serialize } from 'hono/utils/cookie';

/** Name of the refresh cookie (the session protocol in the README). */
export const REFRESH_COOKIE = 'shop_refresh';

const LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;
const MAX_COOKIE_SECONDS = 400 * 24 * 3600;

/** True when cookies for `publicOrigin` must carry Secure (everything but local plain http). */
export function secureCookies(publicOrigin: string): boolean {
  return !LOCAL_HTTP.test(publicOrigin);
}

/** `Set-Cookie` value carrying `refreshToken` until `expiresAt` (RFC 3339). */
export function refreshCookie(refreshToken: string, expiresAt: string, secure: boolean, now = Date.now()): string {
  const seconds = Math.floor((Date.parse(expiresAt) - now) / 1000);
  const maxAge = Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), MAX_COOKIE_SECONDS) : 0;
  return serialize(REFRESH_COOKIE, refreshToken, { httpOnly: true, sameSite: 'Lax', path: '/graphql', secure, maxAge });
}

/** `Set-Cookie` value that removes the refresh cookie (same name, path and flags, Max-Age=0). */
export function clearedRefreshCookie(secure: boolean): string {
  return serialize(REFRESH_COOKIE, '', { httpOnly: true, sameSite: 'Lax', path: '/graphql', secure, maxAge: 0 });
}

/** The refresh token the request's cookie carries (undefined when absent or oversized). */
export function readRefreshCookie(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header || header.length > 8192) return undefined;
  const value = parse(header, REFRESH_COOKIE)[REFRESH_COOKIE];
  return value && value.length <= 512 ? value : undefined;
}
