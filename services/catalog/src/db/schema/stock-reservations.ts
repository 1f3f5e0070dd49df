import { sql } from 'drizzle-orm';
import { check, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { products } from './products.js';

/**
 * Stock held for an order (DESIGN.md "Stock"): one row per (order, product), so a retried
 * reservation is idempotent and a release gives back exactly what was taken.
 */
export const stockReservations = pgTable(
  'stock_reservations',
  {
    orderId: uuid().notNull(),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    quantity: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.productId] }),
    check('stock_reservations_quantity_positive', sql`${table.quantity} > 0`),
  ],
);
