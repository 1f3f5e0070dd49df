import { shallowRef } from 'vue';
import { GraphQLRequestError, useCartBridge, useGraphQLClient } from '@shop/apps-platform';
import {
  AcceptCartPricesDocument,
  CartDocument,
  RemoveFromCartDocument,
  SetCartItemQuantityDocument,
  type CartViewFragment,
} from '../gen/graphql';
import { endAttemptIfEmpty } from './checkout-key';

/** The cart page's state: the cart, one change at a time, every answer reported to the shell. */
export function useCart() {
  const client = useGraphQLClient();
  const bridge = useCartBridge();
  const cart = shallowRef<CartViewFragment>();
  const error = shallowRef<GraphQLRequestError>();
  const busy = shallowRef(false);
  // Only the newest call's answer is shown: a read for the previous shopper may land late.
  let latest = 0;

  async function run(change: () => Promise<CartViewFragment>): Promise<void> {
    const ticket = ++latest;
    busy.value = true;
    try {
      const next = await change();
      if (ticket !== latest) return;
      cart.value = next;
      error.value = undefined;
      bridge.report(next);
      endAttemptIfEmpty(next.lines.length, window.sessionStorage);
    } catch (caught) {
      if (ticket !== latest) return;
      error.value = caught instanceof GraphQLRequestError ? caught : new GraphQLRequestError({ code: 'INTERNAL', message: 'Something went wrong. Please try again.' });
    } finally {
      if (ticket === latest) busy.value = false;
    }
  }

  const load = () => run(async () => (await client.request(CartDocument, {})).cart);

  return {
    cart,
    error,
    busy,
    load,
    /** Another shopper (signed in or out): forget the cart shown at once, then read theirs. */
    reload: () => {
      cart.value = undefined;
      error.value = undefined;
      return load();
    },
    setQuantity: (productId: string, quantity: number) => run(async () => (await client.request(SetCartItemQuantityDocument, { productId, quantity })).setCartItemQuantity),
    remove: (productId: string) => run(async () => (await client.request(RemoveFromCartDocument, { productId })).removeFromCart),
    acceptPrices: () => run(async () => (await client.request(AcceptCartPricesDocument, {})).acceptCartPrices),
  };
}
