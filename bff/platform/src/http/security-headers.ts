/** CSP of a JSON API: it loads nothing, runs nothing and is framed by nobody. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CSP of yoga's GraphiQL page (development only). graphql-yoga 5.24 renders HTML that loads
 * `@graphql-yoga/graphiql` (script, CSS, Monaco workers fetched then run from blob: URLs)
 * from unpkg.com, runs two inline scripts, styles inline, shows a favicon from
 * raw.githubusercontent.com, and POSTs queries to this server.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "img-src 'self' data: https://raw.githubusercontent.com",
  "connect-src 'self' https://unpkg.com",
  'worker-src blob:',
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every BFF response carries (the CSP varies: see `securityHeaders`). */
const BASELINE: ReadonlyArray<readonly [string, string]> = [
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['x-frame-options', 'DENY'],
];

/** The security headers of a response: the baseline plus the API or the GraphiQL CSP. */
export function securityHeaders(graphiqlPage = false): ReadonlyArray<readonly [string, string]> {
  return graphiqlPage ? WITH_GRAPHIQL_CSP : WITH_API_CSP;
}

const WITH_API_CSP = [...BASELINE, ['content-security-policy', API_CSP] as const];
const WITH_GRAPHIQL_CSP = [...BASELINE, ['content-security-policy', GRAPHIQL_CSP] as const];
