// Carts and their lines in the order database. Quantity changes are single guarded statements,
// so concurrent adds never pass the cap they were checked against.
import type { Db } from '../orders/order-record.js';
import type { CartOwner } from './cart-owner.js';

/** A stored line with the price the shopper agreed to. */
export interface CartLineRecord {
  productId: string;
  quantity: number;
  acceptedUnitAmountMinor: number;
  acceptedCurrency: string;
}

function ownerCondition(db: Db, owner: CartOwner) {
  return owner.kind === 'user' ? db`user_id = ${owner.userId}` : db`guest_hash = ${owner.guestHash}`;
}

/** The owner's cart id, if the owner has a cart. `lock` takes its row lock. */
export async function findCartId(db: Db, owner: CartOwner, options: { lock?: boolean } = {}): Promise<string | undefined> {
  const rows = options.lock
    ? await db<Array<{ id: string }>>`select id from carts where ${ownerCondition(db, owner)} for update`
    : await db<Array<{ id: string }>>`select id from carts where ${ownerCondition(db, owner)}`;
  return rows[0]?.id;
}

/** The owner's cart id, creating the cart when there is none. */
export async function ensureCartId(db: Db, owner: CartOwner): Promise<string> {
  const [row] =
    owner.kind === 'user'
      ? await db<Array<{ id: string }>>`insert into carts (user_id) values (${owner.userId})
          on conflict (user_id) do update set updated_at = now() returning id`
      : await db<Array<{ id: string }>>`insert into carts (guest_hash) values (${owner.guestHash})
          on conflict (guest_hash) do update set updated_at = now() returning id`;
  return row!.id;
}

/** The cart's lines, newest first. */
export function readLines(db: Db, cartId: string): Promise<CartLineRecord[]> {
  return db<CartLineRecord[]>`select product_id as "productId", quantity, accepted_amount_minor::float8 as "acceptedUnitAmountMinor",
      accepted_currency as "acceptedCurrency" from cart_lines where cart_id = ${cartId} order by added_at desc, product_id`;
}

/**
 * Adds `quantity` to the product's line (a new line agrees to `price`), unless the result would
 * pass `cap`; returns the new quantity, or undefined when the cap stopped it.
 */
export async function addToLine(db: Db, cartId: string, productId: string, quantity: number, cap: number, price: { amountMinor: number; currency: string }): Promise<number | undefined> {
  const rows = await db<Array<{ quantity: number }>>`
    insert into cart_lines (cart_id, product_id, quantity, accepted_amount_minor, accepted_currency)
    select ${cartId}::uuid, ${productId}::uuid, ${quantity}::int, ${price.amountMinor}::bigint, ${price.currency} where ${quantity}::int <= ${cap}::int
    on conflict (cart_id, product_id) do update set quantity = cart_lines.quantity + excluded.quantity
      where cart_lines.quantity + excluded.quantity <= ${cap}::int
    returning quantity`;
  return rows[0]?.quantity;
}

/** Sets an existing line's quantity; false when the cart has no line for the product. */
export async function setLine(db: Db, cartId: string, productId: string, quantity: number): Promise<boolean> {
  const rows = await db`update cart_lines set quantity = ${quantity} where cart_id = ${cartId} and product_id = ${productId} returning 1`;
  return rows.length === 1;
}

/** Removes a line (no-op when absent). */
export async function removeLine(db: Db, cartId: string, productId: string): Promise<void> {
  await db`delete from cart_lines where cart_id = ${cartId} and product_id = ${productId}`;
}

/** Records `prices` (product id → current price) as the agreed ones. */
export async function acceptPrices(db: Db, cartId: string, prices: ReadonlyArray<{ productId: string; amountMinor: number; currency: string }>): Promise<void> {
  for (const price of prices) {
    await db`update cart_lines set accepted_amount_minor = ${price.amountMinor}, accepted_currency = ${price.currency}
      where cart_id = ${cartId} and product_id = ${price.productId}`;
  }
}

/** Replaces the cart's lines for these products with `lines` (used by the guest-cart merge). */
export async function writeLines(db: Db, cartId: string, lines: readonly CartLineRecord[]): Promise<void> {
  for (const line of lines) {
    await db`insert into cart_lines (cart_id, product_id, quantity, accepted_amount_minor, accepted_currency)
      values (${cartId}, ${line.productId}, ${line.quantity}, ${line.acceptedUnitAmountMinor}, ${line.acceptedCurrency})
      on conflict (cart_id, product_id) do update set quantity = excluded.quantity, accepted_amount_minor = excluded.accepted_amount_minor,
        accepted_currency = excluded.accepted_currency`;
  }
}

/** Deletes a cart and its lines. */
export async function deleteCart(db: Db, cartId: string): Promise<void> {
  await db`delete from carts where id = ${cartId}`;
}
