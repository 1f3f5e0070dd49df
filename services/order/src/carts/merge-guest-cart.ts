// Merging a guest cart into a user's cart, once: the guest cart is locked, its lines join the
// user's (quantities add up, capped by stock and 99, never lowering the user's line) and it is
// deleted, all in one transaction; a concurrent or repeated merge finds no guest cart and does nothing.
import type { Sql } from 'postgres';
import type { CatalogGateway } from '../downstream/catalog.js';
import { mergeLines } from '../domain/index.js';
import { guestOwner } from './cart-owner.js';
import { deleteCart, ensureCartId, findCartId, readLines, writeLines, type CartLineRecord } from './cart-store.js';

/** Merges guest cart `guestCartId` into `userId`'s cart; true when there was one to merge. */
export async function mergeGuestCart(sql: Sql, catalog: CatalogGateway, userId: string, guestCartId: string): Promise<boolean> {
  const guest = guestOwner(guestCartId);
  const guestCartIdFound = await findCartId(sql, guest);
  if (!guestCartIdFound) return false;
  const preview = await readLines(sql, guestCartIdFound);
  const stock = await catalog.products(preview.map((line) => line.productId));
  return sql.begin(async (tx) => {
    const guestCart = await findCartId(tx, guest, { lock: true });
    if (!guestCart) return false;
    const userCart = await ensureCartId(tx, { kind: 'user', userId });
    const [guestLines, userLines] = await Promise.all([readLines(tx, guestCart), readLines(tx, userCart)]);
    const currency = new Map([...guestLines, ...userLines].map((line) => [line.productId, line.acceptedCurrency]));
    const merged = mergeLines(userLines, guestLines, (productId) => stock.get(productId)?.stock);
    const changed: CartLineRecord[] = merged.map((line) => ({ ...line, acceptedCurrency: currency.get(line.productId) ?? 'USD' }));
    await writeLines(tx, userCart, changed);
    await deleteCart(tx, guestCart);
    return true;
  });
}
