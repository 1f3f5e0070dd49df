import type { CartAnswer, CartBridge } from '../cart/cart-bridge.js';

/** A cart bridge that records what the app reported (and names `guestCartId`, if given). */
export function recordingCart(guestCartId?: string): CartBridge & { reports: CartAnswer[] } {
  const reports: CartAnswer[] = [];
  return { reports, guestCartId: () => guestCartId, report: (answer) => void reports.push(answer) };
}
