import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { products } from './products.js';

/**
 * Stock held for an order (DESIGN.md "Stock"): one row per (order, product), so a retried
 * reservation is idempotent and a release gives back exactly what was taken. `state` moves
 * reserved → committed (a sale) or reserved → released (stock given back), each once; a row
 * still reserved RESERVATION_TTL after `createdAt` expires (released like ReleaseStock).
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
    state: text({ enum: ['reserved', 'committed', 'released'] })
      .notNull()
      .default('reserved'),
    unitAmountMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.orderId, table.productId] }),
    check('stock_reservations_quantity_positive', sql`${table.quantity} > 0`),
    check('stock_reservations_state', sql`${table.state} in ('reserved', 'committed', 'released')`),
    check('stock_reservations_unit_amount_non_negative', sql`${table.unitAmountMinor} >= 0`),
    // The expiry sweep's lookup: only rows still held, oldest first.
    index('stock_reservations_reserved_created_at').on(table.createdAt).where(sql`${table.state} = 'reserved'`),
  ],
);
