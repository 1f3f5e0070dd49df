// The cart's identity and count across the shop. The SHELL owns the guest cart id (its
// localStorage) and the header count; it shares `{ cart: { guestCartId } }` as micro-app global
// data. A sub-app sends `X-Cart-Id` with its BFF calls and reports every cart answer back with
// `dispatch({ cart })`: a new guest id is kept, a merged guest cart (signed in) is forgotten, the
// count updates at once. Standalone (no shell), the sub-app keeps the id in localStorage itself.
import type { MicroAppBridge } from '../global.d.ts';

/** What a cart answer tells the rest of the shop. */
export interface CartAnswer {
  /** The guest cart id to keep (null/'' for a signed-in shopper's cart). */
  guestCartId?: string | null;
  itemCount: number;
  /** True when this answer merged the guest cart into the shopper's: forget the guest id. */
  mergedGuestCart: boolean;
}

export interface CartBridge {
  /** The guest cart id to send as X-Cart-Id, if any. */
  guestCartId(): string | undefined;
  /** Tells the shop about a cart answer. */
  report(answer: CartAnswer): void;
}

/** localStorage key of the guest cart id (the shell's, or a standalone sub-app's). */
export const GUEST_CART_KEY = 'shop.guestCartId';

const GUEST_CART_ID = /^[A-Za-z0-9_-]{22}$/;

/** A well-formed guest cart id, else undefined (a tampered value is never sent). */
export function validGuestCartId(value: unknown): string | undefined {
  return typeof value === 'string' && GUEST_CART_ID.test(value) ? value : undefined;
}

/** The id a cart answer leaves the client with, given the one it had. */
export function nextGuestCartId(current: string | undefined, answer: CartAnswer): string | undefined {
  if (answer.mergedGuestCart) return undefined;
  return validGuestCartId(answer.guestCartId) ?? current;
}

/** Inside the shell: the id from global data, answers dispatched to the shell. */
export function shellCartBridge(bridge: MicroAppBridge): CartBridge {
  const sharedCart = () => bridge.getGlobalData()?.['cart'] as { guestCartId?: unknown } | undefined;
  // The id just reported, and the shell's cart data it was reported against: micro-app delivers
  // the dispatch and the shell's answer a few microtasks later, and a call made meanwhile must
  // name the new cart. Once the shell publishes (a new object), its id wins — also when it
  // dropped ours (a merge the shell's own cartSummary read did).
  let pending: { against: unknown; id: string | undefined } | undefined;
  const guestCartId = (): string | undefined => {
    if (pending && pending.against === sharedCart()) return pending.id;
    pending = undefined;
    return validGuestCartId(sharedCart()?.guestCartId);
  };
  return {
    guestCartId,
    report(answer) {
      pending = { against: sharedCart(), id: nextGuestCartId(guestCartId(), answer) };
      bridge.dispatch({ cart: { guestCartId: answer.guestCartId ?? null, itemCount: answer.itemCount, mergedGuestCart: answer.mergedGuestCart } });
    },
  };
}

/** Standalone: the sub-app's own localStorage. */
export function storedCartBridge(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): CartBridge {
  return {
    guestCartId: () => validGuestCartId(storage.getItem(GUEST_CART_KEY)),
    report(answer) {
      const next = nextGuestCartId(validGuestCartId(storage.getItem(GUEST_CART_KEY)), answer);
      if (next) storage.setItem(GUEST_CART_KEY, next);
      else storage.removeItem(GUEST_CART_KEY);
    },
  };
}
