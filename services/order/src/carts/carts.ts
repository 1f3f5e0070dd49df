// Cart use cases. Every call first merges a guest cart named by a signed-in caller (so a merge is
// never lost whichever call comes first), then reads or changes the owner's cart and answers it
// priced against the catalog now.
import type { Sql } from 'postgres';
import type { Cart } from '@shop/contracts/order/v1';
import type { CatalogGateway } from '../downstream/catalog.js';
import { guestOwner, newGuestCartId, type CartCaller, type CartOwner } from './cart-owner.js';
import { acceptPrices, addToLine, ensureCartId, findCartId, readLines, removeLine, setLine, type CartLineRecord } from './cart-store.js';
import { checkProductId, checkQuantity, lineLimit, notEnoughStock, notInCart, unknownProduct } from './cart-errors.js';
import { toCart } from './cart-view.js';
import { mergeGuestCart } from './merge-guest-cart.js';
import { MAX_LINE_QUANTITY } from '../domain/index.js';

export interface Carts {
  get(caller: CartCaller): Promise<Cart>;
  add(caller: CartCaller, productId: string, quantity: number): Promise<Cart>;
  setQuantity(caller: CartCaller, productId: string, quantity: number): Promise<Cart>;
  remove(caller: CartCaller, productId: string): Promise<Cart>;
  acceptPrices(caller: CartCaller): Promise<Cart>;
  /** The owner's cart after merging (the caller's guest cart id into its user). */
  resolve(caller: CartCaller): Promise<{ owner: CartOwner | undefined; merged: boolean }>;
  /** The owner's stored lines (none without a cart). */
  lines(owner: CartOwner): Promise<CartLineRecord[]>;
}

/** Cart use cases over the order database and the catalog. */
export function createCarts(sql: Sql, catalog: CatalogGateway): Carts {
  async function resolve(caller: CartCaller) {
    if (caller.userId === undefined) return { owner: caller.guestCartId ? guestOwner(caller.guestCartId) : undefined, merged: false };
    const merged = caller.guestCartId ? await mergeGuestCart(sql, catalog, caller.userId, caller.guestCartId) : false;
    return { owner: { kind: 'user', userId: caller.userId } as CartOwner, merged };
  }

  async function lines(owner: CartOwner): Promise<CartLineRecord[]> {
    const cartId = await findCartId(sql, owner);
    return cartId ? readLines(sql, cartId) : [];
  }

  async function answer(owner: CartOwner | undefined, merged: boolean): Promise<Cart> {
    const stored = owner ? await lines(owner) : [];
    const products = await catalog.products(stored.map((line) => line.productId));
    return toCart(stored, products, { guestCartId: owner?.kind === 'guest' ? owner.guestCartId : '', mergedGuestCart: merged });
  }

  async function product(productId: string) {
    const found = (await catalog.products([checkProductId(productId)])).get(productId);
    if (!found) throw unknownProduct();
    return found;
  }

  return {
    resolve,
    lines,
    async get(caller) {
      const { owner, merged } = await resolve(caller);
      return answer(owner, merged);
    },
    async add(caller, productId, quantity) {
      checkQuantity(quantity);
      const found = await product(productId);
      const resolved = await resolve(caller);
      const owner = resolved.owner ?? guestOwner(newGuestCartId());
      const cap = Math.min(found.stock, MAX_LINE_QUANTITY);
      if (found.stock <= 0) throw notEnoughStock(productId, found.stock);
      const cartId = await ensureCartId(sql, owner);
      const added = await addToLine(sql, cartId, productId, quantity, cap, found.price ?? { amountMinor: 0, currency: 'USD' });
      if (added === undefined) throw found.stock >= MAX_LINE_QUANTITY ? lineLimit() : notEnoughStock(productId, found.stock);
      return answer(owner, resolved.merged);
    },
    async setQuantity(caller, productId, quantity) {
      checkQuantity(quantity);
      const found = await product(productId);
      const { owner, merged } = await resolve(caller);
      const cartId = owner && (await findCartId(sql, owner));
      if (!cartId) throw notInCart();
      if (quantity > found.stock) throw notEnoughStock(productId, found.stock);
      if (!(await setLine(sql, cartId, productId, quantity))) throw notInCart();
      return answer(owner, merged);
    },
    async remove(caller, productId) {
      checkProductId(productId);
      const { owner, merged } = await resolve(caller);
      const cartId = owner && (await findCartId(sql, owner));
      if (cartId) await removeLine(sql, cartId, productId);
      return answer(owner, merged);
    },
    async acceptPrices(caller) {
      const { owner, merged } = await resolve(caller);
      const cartId = owner && (await findCartId(sql, owner));
      if (cartId) {
        const stored = await readLines(sql, cartId);
        const products = await catalog.products(stored.map((line) => line.productId));
        const prices = [...products.values()].flatMap((p) => (p.price ? [{ productId: p.id, amountMinor: p.price.amountMinor, currency: p.price.currency }] : []));
        await acceptPrices(sql, cartId, prices);
      }
      return answer(owner, merged);
    },
  };
}
