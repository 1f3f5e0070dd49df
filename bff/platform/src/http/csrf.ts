import type { IncomingHttpHeaders } from 'node:http';

/**
 * Headers any one of which marks a GET as sent by our own client: a browser cannot add
 * them cross-site without a CORS preflight (which our whitelist answers). Same idea as
 * @graphql-yoga/plugin-csrf-prevention (`x-graphql-yoga-csrf`) and Apollo's
 * `apollo-require-preflight`.
 */
export const CSRF_HEADERS = ['x-graphql-csrf', 'graphql-require-preflight'] as const;

/**
 * True when a GraphQL GET may execute: it carries a CSRF header. POSTs need no header:
 * only `application/json` POSTs execute, and those always preflight cross-site.
 */
export function hasCsrfHeader(headers: IncomingHttpHeaders): boolean {
  return CSRF_HEADERS.some((name) => headers[name] !== undefined);
}
