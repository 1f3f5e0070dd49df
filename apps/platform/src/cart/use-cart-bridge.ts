import { inject, type App, type InjectionKey } from 'vue';
import type { CartBridge } from './cart-bridge.js';

const KEY: InjectionKey<CartBridge> = Symbol('cart-bridge');

/** Makes the cart bridge available to `useCartBridge()` in the app. */
export function provideCartBridge(app: App, bridge: CartBridge): void {
  app.provide(KEY, bridge);
}

/** The app's cart bridge (report every cart answer to it). */
export function useCartBridge(): CartBridge {
  const bridge = inject(KEY);
  if (!bridge) throw new Error('useCartBridge() needs provideCartBridge() (defineSubApp does it)');
  return bridge;
}
