import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { GUEST_CART_KEY, SIGNED_OUT, type CartAnswer } from '@shop/apps-platform';
import type { CartOwner } from '../cart/cart-summary.js';
import { parseCartAnswer } from '../cart/parse-cart-answer.js';
import { useCartStore } from './useCartStore.js';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(stored?: string, summary: CartAnswer = { guestCartId: null, itemCount: 0, mergedGuestCart: false }) {
  const items = new Map<string, string>(stored ? [[GUEST_CART_KEY, stored]] : []);
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  const shared: Array<Record<PropertyKey, unknown>> = [];
  const reads: CartOwner[] = [];
  const store = useCartStore();
  store.start({ host: { setGlobalData: (data) => void shared.push(data) }, storage, readSummary: async (owner) => (reads.push(owner), summary) });
  return { store, items, shared, reads };
}

describe('shell cart store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('keeps the guest id a sub-app reports, shares it with every sub-app and shows the count', () => {
    const { store, items, shared } = setup();
    store.apply({ guestCartId: ID, itemCount: 2, mergedGuestCart: false });
    expect(store.itemCount).toBe(2);
    expect(items.get(GUEST_CART_KEY)).toBe(ID);
    expect(shared.at(-1)).toEqual({ cart: { guestCartId: ID } });
  });

  it('on sign-in reads the count with the token and the guest id, and forgets the id once merged', async () => {
    const { store, items, reads } = setup(ID, { guestCartId: null, itemCount: 5, mergedGuestCart: true });
    store.sessionChanged(SIGNED_OUT);
    store.sessionChanged({ user: { id: 'u1', email: 'a@b.c', displayName: 'A', role: 'CUSTOMER', permissions: [] }, accessToken: 't', expiresAt: null } as never);
    await flush();
    expect(reads.at(-1)).toEqual({ guestCartId: ID, accessToken: 't' });
    expect(reads[0]).toEqual({ guestCartId: ID, accessToken: null });
    expect(store.itemCount).toBe(5);
    expect(items.has(GUEST_CART_KEY)).toBe(false);
  });

  it('ignores a tampered stored id and malformed answers', () => {
    const { store } = setup('<script>');
    expect(store.guestCartId()).toBeUndefined();
    expect(parseCartAnswer({ itemCount: -1, mergedGuestCart: false })).toBeUndefined();
    expect(parseCartAnswer({ itemCount: 1, mergedGuestCart: 'yes' })).toBeUndefined();
    expect(parseCartAnswer({ itemCount: 1, mergedGuestCart: false, guestCartId: 3 })).toBeUndefined();
    expect(parseCartAnswer({ itemCount: 1, mergedGuestCart: false })).toEqual({ guestCartId: null, itemCount: 1, mergedGuestCart: false });
  });

  it('a summary read overtaken by a sub-app’s answer does not put the older count back, but its merge still forgets the id', async () => {
    let answer: (value: CartAnswer) => void = () => undefined;
    const items = new Map<string, string>([[GUEST_CART_KEY, ID]]);
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
    const store = useCartStore();
    store.start({ host: { setGlobalData: () => undefined }, storage, readSummary: () => new Promise((resolve) => (answer = resolve)) });
    store.sessionChanged({ user: { id: 'u1', email: 'a@b.c', displayName: 'A', role: 'CUSTOMER', permissions: [] }, accessToken: 't', expiresAt: null } as never);
    store.apply({ guestCartId: null, itemCount: 4, mergedGuestCart: false }); // an add answered first
    answer({ guestCartId: null, itemCount: 3, mergedGuestCart: true });
    await flush();
    expect(store.itemCount).toBe(4);
    expect(store.guestCartId()).toBeUndefined();
    expect(items.has(GUEST_CART_KEY)).toBe(false);
  });
});
