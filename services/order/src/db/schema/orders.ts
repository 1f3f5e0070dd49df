import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * An order. `status` changes only through the domain's transitions, each bumping `version` (the
 * per-order event sequence) with a compare-and-set on the old version. (user_id,
 * idempotency_key) is unique: a replayed PlaceOrder finds the first order; `fingerprint` (hash of
 * lines, address and card) tells a replay from a different checkout under the same key.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid().primaryKey(),
    number: text().notNull().unique(),
    userId: text().notNull(),
    status: text().notNull(),
    cancelReason: text(),
    outOfStockProductIds: uuid().array().notNull().default(sql`'{}'`),
    totalMinor: bigint({ mode: 'number' }).notNull(),
    currency: char({ length: 3 }).notNull(),
    shippingAddress: jsonb().notNull(),
    cardBrand: text().notNull(),
    cardLast4: char({ length: 4 }).notNull(),
    paymentMethodId: uuid().notNull(),
    idempotencyKey: text().notNull(),
    fingerprint: char({ length: 64 }).notNull(),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** When an unpaid order expires; null once paid or final. */
    expiresAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    unique('orders_user_idempotency_key').on(table.userId, table.idempotencyKey),
    // ListOrders: a user's orders newest first (keyset on created_at, id).
    index('orders_user_created').on(table.userId, table.createdAt.desc(), table.id.desc()),
    check('orders_version_positive', sql`${table.version} > 0`),
  ],
);

/** The ordered lines, snapshotted from the catalog at order time. */
export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    productId: uuid().notNull(),
    productName: text().notNull(),
    productSlug: text().notNull(),
    quantity: integer().notNull(),
    unitAmountMinor: bigint({ mode: 'number' }).notNull(),
    position: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.orderId, table.productId] }), check('order_lines_quantity', sql`${table.quantity} between 1 and 99`)],
);
