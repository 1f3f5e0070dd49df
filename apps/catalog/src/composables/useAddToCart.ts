import { shallowRef } from 'vue';
import { GraphQLRequestError, useCartBridge, useGraphQLClient } from '@shop/apps-platform';
import { AddToCartDocument } from '../gen/graphql';

/**
 * "Add to cart": calls the catalog BFF (which adds to the order service's cart), reports the
 * answer to the shell (header count, guest cart id) and says what happened, once at a time.
 */
export function useAddToCart() {
  const client = useGraphQLClient();
  const cart = useCartBridge();
  const busy = shallowRef(false);
  const message = shallowRef('');
  const failed = shallowRef(false);

  async function add(productId: string, quantity: number | string = 1): Promise<void> {
    if (busy.value) return;
    // An emptied or typed-over field: say what is allowed instead of sending it (the BFF refuses it too).
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
      failed.value = true;
      message.value = 'Choose a quantity from 1 to 99.';
      return;
    }
    busy.value = true;
    message.value = '';
    try {
      const { addToCart } = await client.request(AddToCartDocument, { productId, quantity });
      cart.report(addToCart);
      failed.value = false;
      message.value = `Added to cart (${addToCart.itemCount} ${addToCart.itemCount === 1 ? 'item' : 'items'} in your cart).`;
    } catch (error) {
      failed.value = true;
      message.value = error instanceof GraphQLRequestError ? error.message : 'Could not add to the cart. Please try again.';
    } finally {
      busy.value = false;
    }
  }

  return { add, busy, message, failed };
}
