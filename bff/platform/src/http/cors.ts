/** CORS policy: explicit origin whitelist with credentials, never `*`. */
export interface CorsPolicy {
  /** Exact origins (`scheme://host[:port]`). */
  origins: readonly string[];
  /** Preflight cache lifetime in seconds. */
  maxAgeSeconds?: number;
}

const ALLOW_METHODS = 'GET,POST,OPTIONS';
const DEFAULT_ALLOW_HEADERS = 'accept,authorization,content-type,x-request-id,x-graphql-csrf';
const SAFE_HEADER_LIST = /^[A-Za-z0-9\-_, ]{0,512}$/;

/**
 * Computes the CORS response headers for a request. Returns an empty list for a disallowed or
 * missing origin, so the browser blocks the response. `preflight` adds the method/header/max-age set.
 */
export function corsHeaders(
  policy: CorsPolicy,
  origin: string | undefined,
  preflight: boolean,
  requestedHeaders?: string,
): Array<[string, string]> {
  const headers: Array<[string, string]> = [['vary', 'Origin']];
  if (!origin || !policy.origins.includes(origin)) return headers;
  headers.push(['access-control-allow-origin', origin], ['access-control-allow-credentials', 'true']);
  if (preflight) {
    const allowHeaders =
      requestedHeaders && SAFE_HEADER_LIST.test(requestedHeaders)
        ? requestedHeaders
        : DEFAULT_ALLOW_HEADERS;
    headers.push(
      ['access-control-allow-methods', ALLOW_METHODS],
      ['access-control-allow-headers', allowHeaders],
      ['access-control-max-age', String(policy.maxAgeSeconds ?? 600)],
    );
  } else {
    headers.push(['access-control-expose-headers', 'x-request-id, retry-after']);
  }
  return headers;
}
