import { describe, expect, it } from 'vitest';
import type { MicroAppBridge } from '../global.d.ts';
import { GUEST_CART_KEY, shellCartBridge, storedCartBridge } from './cart-bridge.js';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key), items };
}

describe('cart bridge', () => {
  it('inside the shell: reads the id from global data, dispatches every answer, and never sends a malformed id', () => {
    let global: Record<string, unknown> = {};
    const sent: Array<Record<string, unknown>> = [];
    const bridge = shellCartBridge({ getGlobalData: () => global, dispatch: (data: Record<string, unknown>) => sent.push(data) } as unknown as MicroAppBridge);
    expect(bridge.guestCartId()).toBeUndefined();
    bridge.report({ guestCartId: ID, itemCount: 2, mergedGuestCart: false });
    expect(sent).toEqual([{ cart: { guestCartId: ID, itemCount: 2, mergedGuestCart: false } }]);
    expect(bridge.guestCartId()).toBe(ID); // before the shell's global data catches up
    global = { cart: { guestCartId: 'x"><script>' } };
    expect(bridge.guestCartId()).toBe(ID);
    bridge.report({ guestCartId: null, itemCount: 3, mergedGuestCart: true });
    global = { cart: {} };
    expect(bridge.guestCartId()).toBeUndefined();
  });

  it('standalone: keeps a new id, forgets it after a merge', () => {
    const storage = memoryStorage();
    const bridge = storedCartBridge(storage);
    bridge.report({ guestCartId: ID, itemCount: 1, mergedGuestCart: false });
    expect(storage.items.get(GUEST_CART_KEY)).toBe(ID);
    expect(bridge.guestCartId()).toBe(ID);
    bridge.report({ guestCartId: null, itemCount: 1, mergedGuestCart: true });
    expect(bridge.guestCartId()).toBeUndefined();
  });
});
