import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Accounts. `email` is stored in its normal form (domain/email.ts) and unique; `role` is one of
 * contracts' roles; `version` guards concurrent profile/role updates; `password_changed_at`
 * lets a password change end every other session.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull().unique(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    role: text().notNull().default('user'),
    version: integer().notNull().default(1),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Text, microseconds intact: the admin list's keyset page tokens carry it.
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('users_role_known', sql`${table.role} in ('user', 'admin')`),
    check('users_email_normalised', sql`${table.email} = lower(${table.email})`),
    // Admin list: newest first, keyset on (created_at, id).
    index('users_created_at_id_idx').on(table.createdAt.desc(), table.id.desc()),
  ],
);

export type UserRow = typeof users.$inferSelect;
