// Reads and writes of accounts. Every write is one statement (or one transaction) whose WHERE
// clause carries the rule, so concurrent requests can't both win.
import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '@shop/contracts/auth';
import type { UserDb } from './client.js';
import { users, type UserRow } from './schema/users.js';

const uniqueViolation = '23505';

/** What a new account needs. */
export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  role?: Role;
}

/** The account store of the user service. */
export interface UserStore {
  /** Inserts the account; 'duplicate' when the email is taken. */
  create(user: NewUser): Promise<UserRow | 'duplicate'>;
  byEmail(email: string): Promise<UserRow | undefined>;
  byId(id: string): Promise<UserRow | undefined>;
  setDisplayName(id: string, displayName: string): Promise<UserRow | undefined>;
  /** Replaces the hash only while `oldHash` is still current (a concurrent change loses). */
  setPasswordHash(id: string, oldHash: string, newHash: string): Promise<UserRow | undefined>;
  setRole(id: string, role: Role): Promise<UserRow | undefined>;
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: unknown }).cause ?? error;
  return (cause as { code?: string }).code === uniqueViolation;
}

/** The drizzle implementation of UserStore. */
export function createUserStore(db: UserDb): UserStore {
  const touched = { updatedAt: sql`now()`, version: sql`${users.version} + 1` };
  return {
    async create(user) {
      try {
        const [row] = await db.insert(users).values(user).returning();
        return row!;
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    async byEmail(email) {
      return (await db.select().from(users).where(eq(users.email, email)).limit(1))[0];
    },
    async byId(id) {
      return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
    },
    async setDisplayName(id, displayName) {
      return (await db.update(users).set({ displayName, ...touched }).where(eq(users.id, id)).returning())[0];
    },
    async setPasswordHash(id, oldHash, newHash) {
      const rows = await db
        .update(users)
        .set({ passwordHash: newHash, passwordChangedAt: sql`now()`, ...touched })
        .where(and(eq(users.id, id), eq(users.passwordHash, oldHash)))
        .returning();
      return rows[0];
    },
    async setRole(id, role) {
      return (await db.update(users).set({ role, ...touched }).where(eq(users.id, id)).returning())[0];
    },
  };
}
