import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { ensureDatabase, quoteIdentifier } from '../db/connect-database.js';
import { withDatabase } from '../db/database-url.js';
import './provided-context.js';

export interface TestDatabase {
  /** Full URL of the new database. */
  url: string;
  /** Server URL (no database), for `connectDatabase({ url, database })`. */
  serverUrl: string;
  name: string;
  /** Drops the database, closing any connections still open on it. */
  drop(): Promise<void>;
}

/** The test PostgreSQL server URL: DATABASE_URL (set by the global setup or by the caller). */
export async function testServerUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  try {
    const { inject } = await import('vitest');
    return inject('databaseUrl');
  } catch {
    throw new Error('no test PostgreSQL: set DATABASE_URL or run under the integration vitest project');
  }
}

/** Creates an empty database `shop_<domain>_test_<random>` on the test server. */
export async function createTestDatabase(domain: string): Promise<TestDatabase> {
  const serverUrl = await testServerUrl();
  const name = `shop_${domain}_test_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return {
    url: withDatabase(serverUrl, name),
    serverUrl,
    name,
    drop: async () => {
      const admin = postgres(withDatabase(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
      try {
        // WITH (FORCE) (PostgreSQL 13+) so a pool a test forgot to close cannot block the drop.
        await admin.unsafe(`drop database if exists ${quoteIdentifier(name)} with (force)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    },
  };
}
