import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres, { type Sql } from 'postgres';
import { withDatabase } from './database-url.js';

export interface ConnectDatabaseOptions {
  /** Server URL, e.g. `postgres://postgres@127.0.0.1:5432` (any database path is replaced). */
  url: string;
  /** Database name, e.g. `shop_catalog`. */
  database: string;
  /** Create the database when it does not exist yet (default true). */
  createIfMissing?: boolean;
  /** Pool size (default 10). */
  max?: number;
}

export interface DatabaseConnection<TSchema extends Record<string, unknown>> {
  db: PostgresJsDatabase<TSchema>;
  sql: Sql;
  close(): Promise<void>;
}

const duplicateDatabase = '42P04';

/** Quotes an SQL identifier (database names come from config, not users, but still). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates `database` on the server unless it exists; a concurrent creator winning is fine. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${database}`;
    if (found.length > 0) return;
    await admin.unsafe(`create database ${quoteIdentifier(database)}`).catch((error: unknown) => {
      if ((error as { code?: string }).code !== duplicateDatabase) throw error;
    });
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * Connects drizzle (casing snake_case, prepared statements on) to `database` on the server,
 * creating the database first when asked to.
 */
export async function connectDatabase<TSchema extends Record<string, unknown>>(
  options: ConnectDatabaseOptions & { schema?: TSchema },
): Promise<DatabaseConnection<TSchema>> {
  const { url, database, createIfMissing = true, max = 10, schema } = options;
  if (createIfMissing) await ensureDatabase(url, database);
  const sql = postgres(withDatabase(url, database), {
    max,
    prepare: true,
    // Migration notices ("schema already exists, skipping") are noise, not signals.
    onnotice: () => {},
    // Timestamps arrive as text (drizzle's choice for postgres-js): pin the format whatever the
    // server's defaults, so they parse the same everywhere.
    connection: { TimeZone: 'UTC', DateStyle: 'ISO, MDY' },
  });
  const db = drizzle({ client: sql, casing: 'snake_case', ...(schema ? { schema } : {}) });
  return {
    db: db as PostgresJsDatabase<TSchema>,
    sql,
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Applies the drizzle-kit migrations in `migrationsFolder` (idempotent; tracked in `drizzle` schema). */
export async function runMigrations(
  db: PostgresJsDatabase<Record<string, unknown>>,
  migrationsFolder: string,
): Promise<void> {
  await migrate(db, { migrationsFolder });
}
