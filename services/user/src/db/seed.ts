// Development accounts, created once (npm start seeds; production never does unless SEED=true).
// Existing accounts are left alone, so a changed password survives restarts.
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { hashPassword } from '../domain/password-hasher.js';
import { schema } from './client.js';
import { users } from './schema/users.js';

/** The seeded accounts and their development passwords (printed by npm start). */
export const seedAccounts = [
  { email: 'admin@shop.test', displayName: 'Shop Admin', role: 'admin', password: 'admin-dev-password-2026' },
  { email: 'shopper@shop.test', displayName: 'Sam Shopper', role: 'user', password: 'shopper-dev-password-2026' },
] as const;

/** Inserts the seed accounts that don't exist yet; returns how many were created. */
export async function seedUsers(db: PostgresJsDatabase<typeof schema>): Promise<{ created: number }> {
  let created = 0;
  for (const account of seedAccounts) {
    const { password, ...rest } = account;
    const rows = await db
      .insert(users)
      .values({ ...rest, passwordHash: await hashPassword(password) })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    created += rows.length;
  }
  return { created };
}
