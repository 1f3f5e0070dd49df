import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders.js';

/**
 * One row per status change, written in the transaction of the change (the outbox): WatchOrder
 * replays from it in version order, and its id is the event id consumers record in their inbox.
 */
export const orderEvents = pgTable(
  'order_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    status: text().notNull(),
    cancelReason: text(),
    outOfStockProductIds: uuid().array().notNull().default(sql`'{}'`),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('order_events_order_version').on(table.orderId, table.version), index('order_events_created').on(table.createdAt)],
);

/** Events a consumer has handled (the inbox): a redelivered event finds its row and does nothing. */
export const inbox = pgTable(
  'inbox',
  {
    consumer: text().notNull(),
    eventId: text().notNull(),
    handledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.consumer, table.eventId] })],
);
