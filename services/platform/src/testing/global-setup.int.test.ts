import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './create-test-database.js';

describe('integration global setup', () => {
  it('exposes the same PostgreSQL server through DATABASE_URL and inject', async () => {
    const provided = inject('databaseUrl');
    expect(provided).toMatch(/^postgres(ql)?:\/\//);
    expect(process.env.DATABASE_URL).toBe(provided);
    const sql = postgres(provided, { max: 1 });
    try {
      const [row] = await sql<{ version: string }[]>`select current_setting('server_version') as version`;
      expect(row?.version).toMatch(/^\d+/);
    } finally {
      await sql.end();
    }
  });

  it('creates a private test database and drops it', async () => {
    const testDb = await createTestDatabase('platform');
    expect(testDb.name).toMatch(/^shop_platform_test_[0-9a-f]{10}$/);
    const sql = postgres(testDb.url, { max: 1 });
    const [row] = await sql<{ db: string }[]>`select current_database() as db`;
    expect(row?.db).toBe(testDb.name);
    await sql.end();
    await testDb.drop();
    const admin = postgres(testDb.serverUrl, { max: 1 });
    const found = await admin`select 1 from pg_database where datname = ${testDb.name}`;
    await admin.end();
    expect(found).toHaveLength(0);
  });
});
