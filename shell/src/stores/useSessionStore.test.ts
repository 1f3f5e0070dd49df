import { createPinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, parseAuth, parseSession, type AuthPayload } from '@shop/apps-platform';
import type { SessionConfig } from '../manifest/types.js';
import { SESSION_ENDED, useSessionStore, type SessionStart } from './useSessionStore.js';

const config: SessionConfig = { app: 'user', bffUrl: 'http://bff.test/graphql', loginPath: '/account/login', accountPath: '/account', adminPath: '/account/admin/users', adminPermission: 'users:manage' };

function payload(token: string, permissions = ['account:manage-own']): AuthPayload {
  return {
    user: { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions },
    accessToken: token,
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
  };
}

/** micro-app's global data as the host sees it: merged on set, dropped on clear. */
function fakeHost() {
  let data: Record<PropertyKey, unknown> = {};
  const log: string[] = [];
  return {
    host: {
      setGlobalData: (next: Record<PropertyKey, unknown>) => {
        data = { ...data, ...next };
        log.push('set');
      },
      clearGlobalData: () => {
        data = {};
        log.push('clear');
      },
    },
    data: () => data,
    log,
  };
}

async function started(refreshSession: SessionStart['api']['refreshSession']) {
  const store = useSessionStore(createPinia());
  const global = fakeHost();
  const options: SessionStart = {
    config,
    api: { refreshSession: vi.fn(refreshSession), logout: vi.fn(async () => undefined) },
    host: global.host,
    onEnded: vi.fn(),
    onSignedOut: vi.fn(),
  };
  store.start(options);
  await store.ready();
  return { store, global, options };
}

const ended = () => new GraphQLRequestError({ code: 'UNAUTHENTICATED', message: 'no session' });

describe('useSessionStore', () => {
  it('restores the session from the refresh cookie at page load and shares it with every sub-app', async () => {
    const { store, global } = await started(async () => payload('t1'));
    expect(store.user?.displayName).toBe('Ada');
    expect(parseSession(global.data())).toMatchObject({ accessToken: 't1', user: { displayName: 'Ada' } });
    expect(parseAuth(global.data())).toBeDefined();
  });

  it('several sub-apps refreshing at once cause exactly one refreshSession request', async () => {
    let calls = 0;
    const { global, options } = await started(async () => payload(`t${++calls}`));
    const auth = parseAuth(global.data())!;
    const tokens = await Promise.all([auth.refresh(), auth.refresh(), auth.refresh(), auth.refresh()]);
    expect(tokens).toEqual(['t2', 't2', 't2', 't2']);
    expect(options.api.refreshSession).toHaveBeenCalledTimes(2); // page load + one shared refresh
  });

  it('without a cookie: signed out, global data says so, no "session ended" message', async () => {
    const { store, global, options } = await started(async () => Promise.reject(ended()));
    expect(store.signedIn).toBe(false);
    expect(parseSession(global.data()).user).toBeNull();
    expect(store.notice).toBeNull();
    expect(options.onEnded).not.toHaveBeenCalled();
  });

  it('sign-out revokes, clears global data (no stale keys), publishes session null, and tells the shell', async () => {
    const { store, global, options } = await started(async () => payload('t1'));
    global.host.setGlobalData({ leftover: 'from the session' });
    await parseAuth(global.data())!.signOut();
    expect(options.api.logout).toHaveBeenCalledOnce();
    expect(global.log.slice(-2)).toEqual(['clear', 'set']);
    expect(global.data().leftover).toBeUndefined();
    expect(parseSession(global.data())).toEqual({ user: null, accessToken: null, expiresAt: null });
    expect(store.user).toBeNull();
    expect(options.onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('a refused refresh of a live session ends it with the message and sends the user to sign-in', async () => {
    let first = true;
    const { store, global, options } = await started(async () => {
      if (first) return (first = false), payload('t1');
      throw ended();
    });
    expect(await parseAuth(global.data())!.refresh()).toBeNull();
    expect(store.notice).toBe(SESSION_ENDED);
    expect(options.onEnded).toHaveBeenCalledTimes(1);
    expect(parseSession(global.data()).accessToken).toBeNull();
  });

  it('a sub-app signing in shares the new session and clears the message; Admin follows the permission', async () => {
    const { store, global } = await started(async () => Promise.reject(ended()));
    store.notice = SESSION_ENDED;
    parseAuth(global.data())!.signedIn(payload('t9', ['users:manage']));
    expect(store.notice).toBeNull();
    expect(store.isAdmin).toBe(true);
    expect(parseSession(global.data()).accessToken).toBe('t9');
  });
});
