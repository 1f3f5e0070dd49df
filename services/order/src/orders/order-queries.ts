// Reading orders for their owner: one order (others' are NOT_FOUND, so ids cannot be probed) and
// the owner's list, newest first, in keyset pages.
import { decodePageToken, encodePageToken, invalidArgument, notFound, validateUuid } from '@shop/services-platform';
import { attachLines, columns, readOrder, type Db, type OrderRecord, type OrderRow } from './order-record.js';

/** Who may see an order: its owner, or anyone holding `orders:read:any`. */
export interface OrderReader {
  userId: string;
  readsAny: boolean;
}

/** The order `orderId` if `reader` may see it, else NOT_FOUND (unknown and foreign look the same). */
export async function orderFor(db: Db, reader: OrderReader, orderId: string): Promise<OrderRecord> {
  const order = await readOrder(db, validateUuid(orderId, 'order_id'));
  if (!order || (!reader.readsAny && order.userId !== reader.userId)) throw notFound('There is no such order.', 'order_id');
  return order;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

/** One page of `userId`'s orders, newest first, with the next token ('' on the last page) and the count. */
export async function listOrders(db: Db, userId: string, pageSize: number, pageToken: string) {
  if (!Number.isInteger(pageSize) || pageSize < 0 || pageSize > MAX_PAGE_SIZE) throw invalidArgument('page_size', `page_size must be from 1 to ${MAX_PAGE_SIZE}.`);
  const size = pageSize || DEFAULT_PAGE_SIZE;
  const filter = [userId];
  const cursor = decodePageToken(pageToken, filter);
  const after = cursor ? db`and (created_at, id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : db``;
  const [rows, [count]] = await Promise.all([
    db<OrderRow[]>`select ${columns(db)} from orders where user_id = ${userId} ${after} order by created_at desc, id desc limit ${size + 1}`,
    db<Array<{ total: number }>>`select count(*)::int as total from orders where user_id = ${userId}`,
  ]);
  const page = rows.slice(0, size);
  const last = page.at(-1);
  const nextPageToken = rows.length > size && last ? encodePageToken({ createdAt: last.createdAt, id: last.id }, filter) : '';
  return { orders: await attachLines(db, page), nextPageToken, totalCount: count?.total ?? 0 };
}
