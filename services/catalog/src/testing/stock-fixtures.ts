import { randomUUID } from 'node:crypto';
import { connectDatabase, type DatabaseConnection } from '@shop/services-platform';
import type { TestDatabase } from '@shop/services-platform/testing';
import { eq, sql } from 'drizzle-orm';
import type { Sql } from 'postgres';
import { schema } from '../db/client.js';

/** Direct database access beside a catalog harness: make products, read stock and holdings. */
export interface StockFixtures {
  /** A new product with `stock` units at `priceAmountMinor` EUR; returns its id. */
  addProduct(stock: number, priceAmountMinor?: number): Promise<string>;
  stockOf(productId: string): Promise<number>;
  /** Units of `productId` held in reservations of `state`. */
  heldOf(productId: string, state: 'reserved' | 'committed' | 'released'): Promise<number>;
  /** Reservation rows of an order. */
  rowsOf(orderId: string): Promise<number>;
  /** Runs raw SQL (test-only setup such as triggers). */
  exec(statement: string): Promise<void>;
  /** Makes an order's reservation look `seconds` older (for expiry). */
  backdate(orderId: string, seconds: number): Promise<void>;
  /** The raw postgres.js client on the test database (to call db functions directly). */
  sql: Sql;
  close(): Promise<void>;
}

/** Connects to the harness's test database (a category for new products is made once). */
export async function openStockFixtures(database: TestDatabase): Promise<StockFixtures> {
  const connection: DatabaseConnection<typeof schema> = await connectDatabase({
    url: database.serverUrl,
    database: database.name,
    schema,
  });
  const { db } = connection;
  const slug = `stock-${randomUUID().slice(0, 8)}`;
  const [category] = await db.insert(schema.categories).values({ slug, name: slug }).returning();
  return {
    addProduct: async (stock, priceAmountMinor = 1999) => {
      const productSlug = `p-${randomUUID()}`;
      const [row] = await db
        .insert(schema.products)
        .values({
          slug: productSlug,
          name: productSlug,
          description: 'stock test product',
          priceAmountMinor,
          currency: 'EUR',
          categoryId: category!.id,
          imagePath: `/images/products/${productSlug}.svg`,
          stock,
        })
        .returning({ id: schema.products.id });
      return row!.id;
    },
    stockOf: async (productId) => {
      const [row] = await db.select({ stock: schema.products.stock }).from(schema.products).where(eq(schema.products.id, productId));
      return row!.stock;
    },
    heldOf: async (productId, state) => {
      const r = schema.stockReservations;
      const [row] = await db
        .select({ held: sql<string>`coalesce(sum(${r.quantity}), 0)` })
        .from(r)
        .where(sql`${r.productId} = ${productId} and ${r.state} = ${state}`);
      return Number(row!.held);
    },
    rowsOf: async (orderId) => {
      const rows = await db.select().from(schema.stockReservations).where(eq(schema.stockReservations.orderId, orderId));
      return rows.length;
    },
    exec: async (statement) => {
      await connection.sql.unsafe(statement);
    },
    backdate: async (orderId, seconds) => {
      await connection.sql`update stock_reservations set created_at = created_at - make_interval(secs => ${seconds})
        where order_id = ${orderId}`;
    },
    sql: connection.sql,
    close: () => connection.close(),
  };
}
