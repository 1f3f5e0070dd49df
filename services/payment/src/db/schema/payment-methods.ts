import { char, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The simulated vault: a card kept for later charges. Like a real processor's token it keeps what
 * deciding a charge needs (here the simulated outcome of the test cards) plus brand and last four
 * digits — never the card number.
 */
export const paymentMethods = pgTable('payment_methods', {
  id: uuid().primaryKey().defaultRandom(),
  /** What the simulated processor does when this method is charged: 'succeed' | 'decline' | 'fail'. */
  outcome: text().notNull(),
  cardBrand: text().notNull(),
  cardLast4: char({ length: 4 }).notNull(),
  createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export type PaymentMethodRow = typeof paymentMethods.$inferSelect;
