import type { MiddlewareHandler } from 'hono';
import type { BffEnv } from './bff-env.js';
import { clientAddress } from '../http/client-address.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { RATE_LIMITED_MESSAGE } from '../http/send-rate-limited.js';
import { ErrorCode } from '../graphql/error-codes.js';

const PROBES = new Set(['/healthz', '/readyz']);

/**
 * The general per-client limit for the routes besides /graphql (e.g. images): 429 with
 * Retry-After and the RATE_LIMITED body. Health probes are never limited.
 */
export function rateLimitMiddleware(rateLimit: { limiter: RateLimiter; trustProxy: boolean }): MiddlewareHandler<BffEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || PROBES.has(c.req.path)) return next();
    const wait = await rateLimit.limiter.take(clientAddress(c.env.incoming, rateLimit.trustProxy));
    if (wait === 0) return next();
    const body = { errors: [{ message: RATE_LIMITED_MESSAGE, extensions: { code: ErrorCode.RateLimited, retryAfter: wait } }] };
    return c.json(body, 429, { 'retry-after': String(wait) });
  };
}
