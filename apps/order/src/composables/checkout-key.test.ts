import { describe, expect, it } from 'vitest';
import { cartSignature, checkoutKey, endAttemptIfEmpty, finishCheckout } from './checkout-key';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}

describe('checkout key', () => {
  it('reuses the key for the same cart (retry, reload, second click) and makes a new one for another cart', () => {
    const storage = memory();
    let n = 0;
    const make = () => `key-${String(++n).padStart(16, '0')}`;
    const cart = cartSignature([{ productId: 'b', quantity: 1 }, { productId: 'a', quantity: 2 }]);
    expect(cart).toBe(cartSignature([{ productId: 'a', quantity: 2 }, { productId: 'b', quantity: 1 }]));
    const first = checkoutKey(cart, storage, make);
    expect(checkoutKey(cart, storage, make)).toBe(first);
    const other = checkoutKey(cartSignature([{ productId: 'a', quantity: 3 }]), storage, make);
    expect(other).not.toBe(first);
    finishCheckout(storage);
    expect(checkoutKey(cart, storage, make)).not.toBe(first);
  });

  it('replaces a damaged or forged entry', () => {
    const storage = memory();
    storage.setItem('order.checkout-attempt', '{"key":"x y","cart":"c"}');
    expect(checkoutKey('c', storage, () => 'fresh-key-000000000')).toBe('fresh-key-000000000');
    storage.setItem('order.checkout-attempt', 'not json');
    expect(checkoutKey('c', storage, () => 'fresh-key-000000001')).toBe('fresh-key-000000001');
  });

  it('an empty cart ends the open attempt: the same lines added again later get a new key, not a replay of the order placed', () => {
    const storage = memory();
    const cart = cartSignature([{ productId: 'a', quantity: 1 }]);
    const first = checkoutKey(cart, storage, () => 'key-0000000000000001');
    expect(endAttemptIfEmpty(1, storage)).toBe(false);
    expect(checkoutKey(cart, storage, () => 'key-0000000000000002')).toBe(first);
    expect(endAttemptIfEmpty(0, storage)).toBe(true); // the placed order took the lines; its answer was lost
    expect(endAttemptIfEmpty(0, storage)).toBe(false);
    expect(checkoutKey(cart, storage, () => 'key-0000000000000003')).toBe('key-0000000000000003');
  });
});
