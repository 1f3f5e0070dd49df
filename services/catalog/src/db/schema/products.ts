import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories.js';

/** Sellable products; price in integer minor units, stock never negative (guarded updates). */
export const products = pgTable(
  'products',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull(),
    priceAmountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id),
    imagePath: text().notNull(),
    stock: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (table) => [
    check('products_stock_non_negative', sql`${table.stock} >= 0`),
    check('products_price_non_negative', sql`${table.priceAmountMinor} >= 0`),
    // Keyset pagination, newest first: (created_at desc, id desc), overall and per category.
    index('products_created_at_id_idx').on(table.createdAt.desc(), table.id.desc()),
    index('products_category_created_at_id_idx').on(table.categoryId, table.createdAt.desc(), table.id.desc()),
  ],
);

export type ProductRow = typeof products.$inferSelect;
