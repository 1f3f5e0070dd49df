/** Where a service's database lives, per DESIGN.md "Data". */
export interface DatabaseLocation {
  /** Server URL without a database path, e.g. `postgres://postgres@127.0.0.1:5432`. */
  serverUrl: string;
  database: string;
}

/** Replaces the database path of a PostgreSQL URL (query string kept). */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Splits a full PostgreSQL URL into its server URL and database name. */
export function splitDatabaseUrl(fullUrl: string): DatabaseLocation {
  const url = new URL(fullUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '') throw new Error(`database URL has no database name: ${redactUrl(fullUrl)}`);
  url.pathname = '';
  return { serverUrl: url.toString().replace(/\/$/, ''), database };
}

/**
 * Resolves a domain's database: `<DOMAIN>_DATABASE_URL` (full URL incl. database) wins, else
 * `DATABASE_URL` (a server) + `shop_<domain>`. Returns undefined when neither is set.
 */
export function resolveDatabaseLocation(
  domain: string,
  env: Record<string, string | undefined>,
): DatabaseLocation | undefined {
  const specific = env[`${domain.toUpperCase()}_DATABASE_URL`];
  if (specific) return splitDatabaseUrl(specific);
  const server = env.DATABASE_URL;
  if (server) return { serverUrl: stripDatabase(server), database: `shop_${domain}` };
  return undefined;
}

/** Drops any database path from a server URL so `DATABASE_URL=…/postgres` still means the server. */
function stripDatabase(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

/** Hides the password of a URL for logs and error messages. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<unparseable url>';
  }
}
