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
    global = { cart: { guestCartId: ID } };
    expect(bridge.guestCartId()).toBe(ID);
    global = { cart: { guestCartId: 'x"><script>' } };
    expect(bridge.guestCartId()).toBeUndefined();
    bridge.report({ guestCartId: null, itemCount: 3, mergedGuestCart: true });
    expect(bridge.guestCartId()).toBeUndefined();
    global = { cart: {} };
    expect(bridge.guestCartId()).toBeUndefined();
  });

  it('inside the shell: once the shell publishes, its id wins over the one reported (the shell merged the guest cart itself)', () => {
    let global: Record<string, unknown> = { cart: { guestCartId: null } };
    const bridge = shellCartBridge({ getGlobalData: () => global, dispatch: () => undefined } as unknown as MicroAppBridge);
    bridge.report({ guestCartId: ID, itemCount: 1, mergedGuestCart: false });
    global = { ...global, session: { user: null } }; // another key changed: the shell has not answered the cart yet
    expect(bridge.guestCartId()).toBe(ID);
    global = { cart: { guestCartId: ID } };
    // A signed-in answer names no guest cart; the id stays the shell's until the shell says otherwise.
    bridge.report({ guestCartId: null, itemCount: 1, mergedGuestCart: false });
    expect(bridge.guestCartId()).toBe(ID);
    global = { cart: { guestCartId: null } }; // the shell's cartSummary read after sign-in merged it
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
