// One idempotency key per checkout attempt: kept in sessionStorage with the cart it was made for,
// so a double-click, a retry after a network error or a reload sends the SAME key (the BFF
// answers with the first order), and a changed cart gets a new key (a new attempt).

export const CHECKOUT_KEY = 'order.checkout-attempt';

/** What identifies the cart being checked out (its lines, in a fixed order). */
export function cartSignature(lines: ReadonlyArray<{ productId: string; quantity: number }>): string {
  return [...lines]
    .sort((a, b) => a.productId.localeCompare(b.productId))
    .map((line) => `${line.productId}x${line.quantity}`)
    .join(',');
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The key for checking out `signature`: the stored one when it was made for this cart, else a new one. */
export function checkoutKey(signature: string, storage: Store, newKey: () => string = () => crypto.randomUUID().replaceAll('-', '')): string {
  try {
    const stored = JSON.parse(storage.getItem(CHECKOUT_KEY) ?? 'null') as { key?: unknown; cart?: unknown } | null;
    if (stored && stored.cart === signature && typeof stored.key === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(stored.key)) return stored.key;
  } catch {
    // A damaged entry is replaced below.
  }
  const key = newKey();
  storage.setItem(CHECKOUT_KEY, JSON.stringify({ key, cart: signature }));
  return key;
}

/** The attempt succeeded: the next checkout is a new attempt. */
export function finishCheckout(storage: Store): void {
  storage.removeItem(CHECKOUT_KEY);
}

/**
 * The cart now has no lines: no attempt is left to retry (an order placed by it took its lines,
 * or the shopper emptied the cart). Forgets the key so the same lines added again later are a
 * new order rather than a replay of the old one. True when an attempt was open (its answer may
 * have been lost: the order may exist).
 */
export function endAttemptIfEmpty(lineCount: number, storage: Store): boolean {
  if (lineCount > 0 || storage.getItem(CHECKOUT_KEY) === null) return false;
  finishCheckout(storage);
  return true;
}
