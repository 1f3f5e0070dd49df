// An order as the service reads it from its tables (timestamps kept as PostgreSQL text).
import type { Sql, TransactionSql } from 'postgres';
import type { CancelReason, OrderStatus, ShippingAddress } from '../domain/index.js';

/** SQL or a transaction: every query helper accepts either. */
export type Db = Sql | TransactionSql;

export interface OrderLineRecord {
  productId: string;
  productName: string;
  productSlug: string;
  quantity: number;
  unitAmountMinor: number;
}

export interface OrderRecord {
  id: string;
  number: string;
  userId: string;
  status: OrderStatus;
  cancelReason: CancelReason | null;
  outOfStockProductIds: string[];
  totalMinor: number;
  currency: string;
  shippingAddress: ShippingAddress;
  cardBrand: string;
  cardLast4: string;
  paymentMethodId: string;
  idempotencyKey: string;
  fingerprint: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  lines: OrderLineRecord[];
}

/** The order `id` with its lines; undefined when there is none. `lock` takes a row lock (FOR UPDATE). */
export async function readOrder(db: Db, id: string, options: { lock?: boolean } = {}): Promise<OrderRecord | undefined> {
  const [row] = options.lock
    ? await db<OrderRow[]>`select ${columns(db)} from orders where id = ${id} for update`
    : await db<OrderRow[]>`select ${columns(db)} from orders where id = ${id}`;
  if (!row) return undefined;
  const [withLines] = await attachLines(db, [row]);
  return withLines;
}

/** The order a user placed with `idempotencyKey`, if any. */
export async function readOrderByKey(db: Db, userId: string, idempotencyKey: string): Promise<OrderRecord | undefined> {
  const [row] = await db<OrderRow[]>`select ${columns(db)} from orders where user_id = ${userId} and idempotency_key = ${idempotencyKey}`;
  return row ? (await attachLines(db, [row]))[0] : undefined;
}

/** Rows of orders → records with their lines (one query for all of them). */
export async function attachLines(db: Db, rows: OrderRow[]): Promise<OrderRecord[]> {
  if (rows.length === 0) return [];
  const lines = await db<Array<OrderLineRecord & { orderId: string }>>`
    select order_id as "orderId", product_id as "productId", product_name as "productName", product_slug as "productSlug",
           quantity, unit_amount_minor::float8 as "unitAmountMinor"
    from order_lines where order_id = any(${rows.map((row) => row.id)}::uuid[]) order by position`;
  const byOrder = new Map<string, OrderLineRecord[]>();
  for (const { orderId, ...line } of lines) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), line]);
  return rows.map((row) => ({ ...row, lines: byOrder.get(row.id) ?? [] }));
}

/** An order row without its lines. */
export type OrderRow = Omit<OrderRecord, 'lines'>;

/** The select list of an OrderRow (timestamps as text, bigint as number). */
export function columns(db: Db) {
  return db`id, number, user_id as "userId", status, cancel_reason as "cancelReason",
    out_of_stock_product_ids::text[] as "outOfStockProductIds", total_minor::float8 as "totalMinor", currency,
    shipping_address as "shippingAddress", card_brand as "cardBrand", card_last4 as "cardLast4",
    payment_method_id as "paymentMethodId", idempotency_key as "idempotencyKey", fingerprint, version,
    created_at::text as "createdAt", updated_at::text as "updatedAt", expires_at::text as "expiresAt"`;
}
