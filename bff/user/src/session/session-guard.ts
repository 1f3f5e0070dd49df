import type { IncomingMessage } from 'node:http';
import { forbiddenError } from '@shop/bff-platform';

/** The non-simple request header every session mutation needs (forces a CORS preflight). */
export const SESSION_HEADER = 'x-shop-session';

/**
 * Refuses (403 FORBIDDEN) a session mutation that lacks `X-Shop-Session: 1` or comes from an
 * Origin outside CORS_ORIGINS: another site cannot send that header without a preflight the
 * BFF refuses, so it can neither log a visitor in or out nor rotate their refresh cookie.
 */
export function assertSessionRequest(req: IncomingMessage, allowedOrigins: readonly string[]): void {
  const origin = req.headers.origin;
  if (req.headers[SESSION_HEADER] !== '1' || !origin || !allowedOrigins.includes(origin)) {
    throw forbiddenError('Session requests need the X-Shop-Session header from an allowed origin.');
  }
}
