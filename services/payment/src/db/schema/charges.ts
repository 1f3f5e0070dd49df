import { bigint, char, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { paymentMethods } from './payment-methods.js';

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
  /** The vaulted method charged, when the caller paid by payment_method_id (null for a card number). */
  paymentMethodId: uuid().references(() => paymentMethods.id),
  createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export type ChargeRow = typeof charges.$inferSelect;
