import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/create-test-database.js';
import { withMigrationLock } from './migration-lock.js';

describe('withMigrationLock', () => {
  it('lets concurrent starters on one database take turns (no overlap), on a connection without statement timeout', async () => {
    const database = await createTestDatabase('platform');
    const events: string[] = [];
    try {
      await Promise.all(
        ['a', 'b', 'c'].map((name) =>
          withMigrationLock({ url: database.serverUrl, database: database.name }, async (db) => {
            events.push(`${name}:in`);
            const [row] = await db.execute<{ timeout: string }>(sql`select current_setting('statement_timeout') as timeout`);
            expect(row?.timeout).toBe('0');
            await db.execute(sql`select pg_sleep(0.05)`);
            events.push(`${name}:out`);
          }),
        ),
      );
      expect(events).toHaveLength(6);
      for (let i = 0; i < events.length; i += 2) {
        expect(events[i]!.replace(':in', '')).toBe(events[i + 1]!.replace(':out', ''));
      }
    } finally {
      await database.drop();
    }
  });

  it('releases the lock when the work fails', async () => {
    const database = await createTestDatabase('platform');
    try {
      const options = { url: database.serverUrl, database: database.name };
      await expect(withMigrationLock(options, () => Promise.reject(new Error('bad migration')))).rejects.toThrow('bad migration');
      expect(await withMigrationLock(options, async () => 'next one runs')).toBe('next one runs');
    } finally {
      await database.drop();
    }
  });
});
