export { shellCartBridge, storedCartBridge, nextGuestCartId, validGuestCartId, GUEST_CART_KEY, type CartAnswer, type CartBridge } from './cart-bridge.js';
export { provideCartBridge, useCartBridge } from './use-cart-bridge.js';
