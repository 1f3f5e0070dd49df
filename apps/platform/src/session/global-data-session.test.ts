import { describe, expect, it, vi } from 'vitest';
import type { MicroAppBridge } from '../global.d.ts';
import { globalDataSession } from './global-data-session.js';
import { parseAuth, parseSession } from './parse-session.js';

const user = { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions: ['account:manage-own'] };
const auth = { refresh: async () => 't', signedIn: () => undefined, signOut: async () => undefined };

/** A stand-in for micro-app's global data: cached data, listeners with autoTrigger. */
function bridge(initial: Record<string, unknown> | null) {
  let data = initial;
  const listeners = new Set<(d: Record<string, unknown>) => void>();
  const fake = {
    getGlobalData: () => data,
    addGlobalDataListener: vi.fn((fn: (d: Record<string, unknown>) => void, autoTrigger?: boolean) => {
      listeners.add(fn);
      if (autoTrigger && data) fn(data);
    }),
    removeGlobalDataListener: vi.fn((fn: (d: Record<string, unknown>) => void) => listeners.delete(fn)),
  };
  const setGlobalData = (next: Record<string, unknown>) => {
    data = { ...data, ...next };
    for (const fn of listeners) fn(data);
  };
  return { fake: fake as unknown as MicroAppBridge, setGlobalData, listeners };
}

describe('globalDataSession', () => {
  it('reads the cached session, follows changes, and stops listening on dispose', () => {
    const { fake, setGlobalData, listeners } = bridge({ session: { user, accessToken: 't1', expiresAt: null }, auth });
    const source = globalDataSession(fake);
    expect(fake.addGlobalDataListener).toHaveBeenCalledWith(expect.any(Function), true);
    expect(source.current().user?.displayName).toBe('Ada');
    expect(source.auth()).toBe(auth);
    const seen: Array<string | null> = [];
    source.subscribe((s) => seen.push(s.accessToken));
    setGlobalData({ session: { user: null, accessToken: null, expiresAt: null } });
    expect(seen).toEqual([null]);
    source.dispose();
    expect(listeners.size).toBe(0);
  });
});

describe('parseSession / parseAuth', () => {
  it('reads malformed global data as signed out / no auth', () => {
    for (const bad of [null, 'x', {}, { session: 'x' }, { session: { user, accessToken: '' } }, { session: { user: { id: 1 }, accessToken: 't' } }]) {
      expect(parseSession(bad)).toEqual({ user: null, accessToken: null, expiresAt: null });
    }
    expect(parseAuth({ auth: { refresh: 'no' } })).toBeUndefined();
    expect(parseAuth({ auth })).toBe(auth);
  });

  it('keeps only string permissions', () => {
    expect(parseSession({ session: { user: { ...user, permissions: ['a', 3, null] }, accessToken: 't' } }).user?.permissions).toEqual(['a']);
  });
});
