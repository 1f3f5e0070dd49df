import { pgTable, text, uuid } from 'drizzle-orm/pg-core';

/** Product categories; `slug` is the public key used in URLs and filters. */
export const categories = pgTable('categories', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
});

export type CategoryRow = typeof categories.$inferSelect;
