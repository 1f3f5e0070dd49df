import { computed, shallowRef } from 'vue';
import { GraphQLRequestError, useCartBridge, useGraphQLClient } from '@shop/apps-platform';
import { AddToCartDocument } from '../gen/graphql';
import { useCartNoticeStore } from '../stores/useCartNoticeStore';

/**
 * "Add to cart": calls the catalog BFF (which adds to the order service's cart), reports the
 * answer to the shell (header count, guest cart id) and says what happened, once at a time.
 * Only the form used last speaks (one confirmation on the page).
 */
export function useAddToCart() {
  const client = useGraphQLClient();
  const cart = useCartBridge();
  const busy = shallowRef(false);
  const text = shallowRef('');
  const failed = shallowRef(false);
  const notice = useCartNoticeStore();
  const self = Symbol('add-to-cart');
  const say = (next: string, failure: boolean) => {
    text.value = next;
    failed.value = failure;
    notice.speaker = self;
  };

  async function add(productId: string, quantity: number | string = 1): Promise<void> {
    if (busy.value) return;
    // An emptied or typed-over field: say what is allowed instead of sending it (the BFF refuses it too).
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 99) {
      say('Choose a quantity from 1 to 99.', true);
      return;
    }
    busy.value = true;
    text.value = '';
    try {
      const { addToCart } = await client.request(AddToCartDocument, { productId, quantity });
      cart.report(addToCart);
      say(`Added to cart (${addToCart.itemCount} ${addToCart.itemCount === 1 ? 'item' : 'items'} in your cart).`, false);
    } catch (error) {
      say(error instanceof GraphQLRequestError ? error.message : 'Could not add to the cart. Please try again.', true);
    } finally {
      busy.value = false;
    }
  }

  const message = computed(() => (notice.speaker === self ? text.value : ''));
  return { add, busy, message, failed };
}
