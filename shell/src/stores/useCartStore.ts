import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { GUEST_CART_KEY, nextGuestCartId, validGuestCartId, type CartAnswer, type SharedSession } from '@shop/apps-platform';
import type { CartOwner } from '../cart/cart-summary.js';

/** Where the cart store shares the guest cart id (micro-app global data) and keeps it. */
export interface CartStart {
  host: { setGlobalData(data: Record<PropertyKey, unknown>): void };
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Reads the count from the catalog BFF; absent when no app serves carts. */
  readSummary?: (owner: CartOwner) => Promise<CartAnswer>;
}

/**
 * The header cart count and the guest cart id (the shell owns both: DESIGN "Micro-frontends").
 * Sub-apps report cart answers (`apply`); on start and on every sign-in or sign-out the count is
 * read again (a signed-in read merges the guest cart, and the id is then forgotten).
 */
export const useCartStore = defineStore('shell-cart', () => {
  const itemCount = shallowRef(0);
  let options: CartStart | undefined;
  let guestCartId: string | undefined;
  let signedInAs: string | null | undefined;
  let latest = 0;

  function publish(): void {
    options?.host.setGlobalData({ cart: { guestCartId: guestCartId ?? null } });
  }

  // Cart answers applied so far: a summary read overtaken by a sub-app's answer has an older count.
  let answers = 0;

  /** Keeps or forgets the guest id an answer names; shows its count unless `countIsStale`. */
  function take(answer: CartAnswer, countIsStale = false): void {
    const next = nextGuestCartId(guestCartId, answer);
    if (next !== guestCartId) {
      guestCartId = next;
      if (next) options?.storage.setItem(GUEST_CART_KEY, next);
      else options?.storage.removeItem(GUEST_CART_KEY);
    }
    if (!countIsStale) itemCount.value = Math.max(0, Math.trunc(answer.itemCount) || 0);
    answers += 1;
    publish();
  }

  /** A cart answer from a sub-app: keep or forget the id, show the count. */
  const apply = (answer: CartAnswer): void => take(answer);

  async function refresh(accessToken: string | null): Promise<void> {
    if (!options?.readSummary) return;
    const ticket = ++latest;
    const before = answers;
    try {
      const answer = await options.readSummary({ guestCartId, accessToken });
      // A merge it did still counts (forget the id); its count does not if a sub-app answered meanwhile.
      if (ticket === latest) take(answer, answers !== before);
    } catch (error) {
      console.warn('[shell] could not read the cart', error);
    }
  }

  return {
    itemCount,
    apply,
    /** Starts with the id kept from an earlier visit, and reads the count. */
    start(start: CartStart): void {
      options = start;
      guestCartId = validGuestCartId(start.storage.getItem(GUEST_CART_KEY));
      publish();
    },
    /** The session changed: re-share the id (sign-out clears global data) and re-read on a new user. */
    sessionChanged(session: SharedSession): void {
      publish();
      const userId = session.user?.id ?? null;
      if (userId === signedInAs) return;
      signedInAs = userId;
      void refresh(session.accessToken);
    },
    guestCartId: () => guestCartId,
  };
});
