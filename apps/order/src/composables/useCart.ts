import { shallowRef } from 'vue';
import { GraphQLRequestError, useCartBridge, useGraphQLClient } from '@shop/apps-platform';
import {
  AcceptCartPricesDocument,
  CartDocument,
  RemoveFromCartDocument,
  SetCartItemQuantityDocument,
  type CartViewFragment,
} from '../gen/graphql';

/** The cart page's state: the cart, one change at a time, every answer reported to the shell. */
export function useCart() {
  const client = useGraphQLClient();
  const bridge = useCartBridge();
  const cart = shallowRef<CartViewFragment>();
  const error = shallowRef<GraphQLRequestError>();
  const busy = shallowRef(false);

  async function run(change: () => Promise<CartViewFragment>): Promise<void> {
    busy.value = true;
    try {
      const next = await change();
      cart.value = next;
      error.value = undefined;
      bridge.report(next);
    } catch (caught) {
      error.value = caught instanceof GraphQLRequestError ? caught : new GraphQLRequestError({ code: 'INTERNAL', message: 'Something went wrong. Please try again.' });
    } finally {
      busy.value = false;
    }
  }

  return {
    cart,
    error,
    busy,
    load: () => run(async () => (await client.request(CartDocument, {})).cart),
    setQuantity: (productId: string, quantity: number) => run(async () => (await client.request(SetCartItemQuantityDocument, { productId, quantity })).setCartItemQuantity),
    remove: (productId: string) => run(async () => (await client.request(RemoveFromCartDocument, { productId })).removeFromCart),
    acceptPrices: () => run(async () => (await client.request(AcceptCartPricesDocument, {})).acceptCartPrices),
  };
}
