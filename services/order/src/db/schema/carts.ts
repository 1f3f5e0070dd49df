import { sql } from 'drizzle-orm';
import { bigint, char, check, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A cart: a signed-in user's (by user id) or a guest's (by the SHA-256 of the guest cart id the
 * client keeps, so the table never holds a usable cart id). Exactly one of the two is set.
 */
export const carts = pgTable(
  'carts',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text().unique(),
    guestHash: char({ length: 64 }).unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('carts_one_owner', sql`(${table.userId} is null) <> (${table.guestHash} is null)`)],
);

/** A cart line: one product once, 1..99, with the unit price the shopper agreed to. */
export const cartLines = pgTable(
  'cart_lines',
  {
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    productId: uuid().notNull(),
    quantity: integer().notNull(),
    acceptedAmountMinor: bigint({ mode: 'number' }).notNull(),
    acceptedCurrency: char({ length: 3 }).notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.cartId, table.productId] }),
    check('cart_lines_quantity', sql`${table.quantity} between 1 and 99`),
  ],
);
