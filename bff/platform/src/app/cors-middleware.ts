import type { MiddlewareHandler } from 'hono';
import type { BffEnv } from './bff-env.js';
import { corsHeaders, type CorsPolicy } from '../http/cors.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../http/request-id.js';
import { securityHeaders } from '../http/security-headers.js';

/**
 * Hono middleware for the non-GraphQL routes: request id in/out, the CORS whitelist and the
 * security headers (also on 404s, errors and preflights; a header the route set itself wins).
 */
export function requestIdAndCors(cors: CorsPolicy): MiddlewareHandler<BffEnv> {
  return async (c, next) => {
    const requestId = resolveRequestId(c.req.header(REQUEST_ID_HEADER));
    c.set('requestId', requestId);
    const preflight = c.req.method === 'OPTIONS';
    const headers = corsHeaders(cors, c.req.header('origin'), preflight, c.req.header('access-control-request-headers'));
    if (preflight) {
      const response = c.body(null, 204);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      for (const [name, value] of headers) response.headers.set(name, value);
      for (const [name, value] of securityHeaders()) response.headers.set(name, value);
      return response;
    }
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    for (const [name, value] of headers) c.res.headers.set(name, value);
    // A route may choose its own policy (e.g. a stricter or image-specific CSP); default the rest.
    for (const [name, value] of securityHeaders()) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
}
