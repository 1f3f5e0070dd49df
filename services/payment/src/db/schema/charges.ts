import { bigint, char, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One charge per order (unique order_id: concurrent retries insert once, the rest read the winner).
 * Only the card's brand and last four digits are kept, never the number.
 */
export const charges = pgTable('charges', {
  id: uuid().primaryKey().defaultRandom(),
  orderId: text().notNull().unique(),
  amountMinor: bigint({ mode: 'number' }).notNull(),
  currency: char({ length: 3 }).notNull(),
  /** 'SUCCEEDED' | 'DECLINED'; never changes. */
  status: text().notNull(),
  declineReason: text(),
  cardBrand: text().notNull(),
  cardLast4: char({ length: 4 }).notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export type ChargeRow = typeof charges.$inferSelect;
