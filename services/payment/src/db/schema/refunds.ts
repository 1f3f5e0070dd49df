import { bigint, char, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { charges } from './charges.js';

/** At most one (full) refund per order, of a succeeded charge. */
export const refunds = pgTable('refunds', {
  id: uuid().primaryKey().defaultRandom(),
  orderId: text()
    .notNull()
    .unique()
    .references(() => charges.orderId),
  chargeId: uuid()
    .notNull()
    .references(() => charges.id),
  amountMinor: bigint({ mode: 'number' }).notNull(),
  currency: char({ length: 3 }).notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export type RefundRow = typeof refunds.$inferSelect;
