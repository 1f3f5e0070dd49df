import { defineStore } from 'pinia';
import { shallowRef } from 'vue';

/**
 * Which "Add to cart" form has the word: a list shows one form per card, and only the latest
 * add's confirmation (or problem) should be on screen — two "Added to cart" at once read as two adds.
 */
export const useCartNoticeStore = defineStore('catalog-cart-notice', () => {
  const speaker = shallowRef<symbol>();
  return { speaker };
});
