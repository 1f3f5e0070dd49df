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
  /** Server-side `statement_timeout` of every pool connection (default 5000 ms). */
  statementTimeoutMs?: number;
  /** Server-side `idle_in_transaction_session_timeout` (default 10000 ms). */
  idleInTransactionTimeoutMs?: number;
  /** How long opening a connection may take (default 5000 ms). */
  connectTimeoutMs?: number;
}

/** Pool defaults; services override them from env (`DB_*`, see serviceEnvShape). */
export const poolDefaults = { max: 10, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 10_000, connectTimeoutMs: 5000 };

export interface DatabaseConnection<TSchema extends Record<string, unknown>> {
  db: PostgresJsDatabase<TSchema>;
  sql: Sql;
  close(): Promise<void>;
}

const duplicateDatabase = '42P04';
// Two creators racing past the existence check: the loser may get a unique violation on
// pg_database instead of 42P04.
const uniqueViolation = '23505';

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
      const code = (error as { code?: string }).code;
      if (code !== duplicateDatabase && code !== uniqueViolation) throw error;
    });
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * The postgres.js options of a service pool: session UTC/ISO timestamps, a statement timeout
 * and an idle-in-transaction timeout on every connection (startup parameters, so they hold
 * from the first query), and a connect timeout.
 */
export function poolOptions(options: Omit<ConnectDatabaseOptions, 'url' | 'database' | 'createIfMissing'>) {
  const settings = { ...poolDefaults, ...stripUndefined(options) };
  return {
    max: settings.max,
    prepare: true,
    // Migration notices ("schema already exists, skipping") are noise, not signals.
    onnotice: () => {},
    connect_timeout: settings.connectTimeoutMs / 1000,
    // Timestamps arrive as text (drizzle's choice for postgres-js): pin the format whatever the
    // server's defaults, so they parse the same everywhere.
    connection: {
      TimeZone: 'UTC',
      DateStyle: 'ISO, MDY',
      statement_timeout: settings.statementTimeoutMs,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    },
  } satisfies postgres.Options<Record<string, postgres.PostgresType>>;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Connects drizzle (casing snake_case, prepared statements on) to `database` on the server,
 * creating the database first when asked to; every connection carries the pool's timeouts.
 */
export async function connectDatabase<TSchema extends Record<string, unknown>>(
  options: ConnectDatabaseOptions & { schema?: TSchema },
): Promise<DatabaseConnection<TSchema>> {
  const { url, database, createIfMissing = true, schema, ...pool } = options;
  if (createIfMissing) await ensureDatabase(url, database);
  const sql = postgres(withDatabase(url, database), poolOptions(pool));
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
