import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { poolOptions } from './connect-database.js';
import { withDatabase } from './database-url.js';

export interface MigrationLockOptions<TSchema extends Record<string, unknown>> {
  /** Server URL (any database path is replaced). */
  url: string;
  database: string;
  schema?: TSchema;
  connectTimeoutMs?: number;
}

// One fixed key per database (advisory locks are scoped to the database they are taken in).
const lockKey = "hashtext('shop:migrations')";

/**
 * Runs `work` (migrations, seeding) while holding a session-level PostgreSQL advisory lock on
 * a dedicated single connection, so replicas starting together on one database take turns
 * instead of racing on `create schema` / `create table`. The connection has no statement
 * timeout (a long migration is not a runaway query); waiting for the lock is unbounded.
 */
export async function withMigrationLock<T, TSchema extends Record<string, unknown> = Record<string, never>>(
  options: MigrationLockOptions<TSchema>,
  work: (db: PostgresJsDatabase<TSchema>) => Promise<T>,
): Promise<T> {
  const { url, database, schema, connectTimeoutMs } = options;
  const sql = postgres(withDatabase(url, database), {
    ...poolOptions({ max: 1, connectTimeoutMs }),
    // 0 disables the timeout for this connection only.
    connection: { ...poolOptions({}).connection, statement_timeout: 0 },
  });
  try {
    await sql.unsafe(`select pg_advisory_lock(${lockKey})`);
    const db = drizzle({ client: sql, casing: 'snake_case', ...(schema ? { schema } : {}) });
    try {
      return await work(db as PostgresJsDatabase<TSchema>);
    } finally {
      await sql.unsafe(`select pg_advisory_unlock(${lockKey})`).catch(() => undefined);
    }
  } finally {
    // Ending the session also releases the lock if the unlock above could not run.
    await sql.end({ timeout: 5 });
  }
}
