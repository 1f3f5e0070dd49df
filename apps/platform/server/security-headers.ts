import type { MiddlewareHandler } from 'hono';

/** The policy for a response: fixed, or computed per request (e.g. from a live manifest). */
export type CspSource = string | (() => string);

/**
 * The headers every response of our web servers carries: the CSP, no MIME sniffing, referrers
 * only as an origin across sites, and `X-Frame-Options` mirroring `frame-ancestors` for browsers
 * that predate it.
 */
export function securityHeaders(csp: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  const ancestors = /(?:^|;)\s*frame-ancestors\s+([^;]*)/.exec(csp)?.[1]?.trim();
  if (ancestors === "'self'") headers['X-Frame-Options'] = 'SAMEORIGIN';
  if (ancestors === "'none'") headers['X-Frame-Options'] = 'DENY';
  return headers;
}

/** hono middleware: sets `securityHeaders` on every response, errors and 404s included. */
export function securityHeadersMiddleware(csp: CspSource): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(securityHeaders(typeof csp === 'function' ? csp() : csp))) {
      c.res.headers.set(name, value);
    }
  };
}
