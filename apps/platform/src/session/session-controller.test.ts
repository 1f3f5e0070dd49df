import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../graphql-request-error.js';
import { createSessionController, type SessionControllerOptions } from './session-controller.js';
import type { AuthPayload } from './types.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function payload(token: string, ttlSeconds = 900): AuthPayload {
  return {
    user: { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions: ['account:manage-own'] },
    accessToken: token,
    accessTokenExpiresAt: new Date(NOW + ttlSeconds * 1000).toISOString(),
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function controller(overrides: Partial<SessionControllerOptions> = {}) {
  const timers: Array<{ run: () => void; ms: number }> = [];
  const options: SessionControllerOptions = {
    refreshSession: vi.fn(async () => payload('fresh')),
    logout: vi.fn(async () => undefined),
    onEnded: vi.fn(),
    now: () => NOW,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
    ...overrides,
  };
  return { session: createSessionController(options), options, timers };
}

const ended = () => new GraphQLRequestError({ code: 'UNAUTHENTICATED', message: 'Session ended' });

describe('createSessionController', () => {
  it('shares one refreshSession request between every concurrent caller', async () => {
    const answer = deferred<AuthPayload>();
    const refreshSession = vi.fn(() => answer.promise);
    const { session } = controller({ refreshSession });
    const calls = [session.functions.refresh(), session.functions.refresh(), session.functions.refresh()];
    answer.resolve(payload('fresh'));
    expect(await Promise.all(calls)).toEqual(['fresh', 'fresh', 'fresh']);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    await session.functions.refresh(); // a later call is a new flight
    expect(refreshSession).toHaveBeenCalledTimes(2);
  });

  it('adopts a sign-in, notifies listeners, and schedules the refresh 30 s before expiry', () => {
    const { session, timers } = controller();
    const seen: Array<string | null> = [];
    session.subscribe((s) => seen.push(s.user?.displayName ?? null));
    session.functions.signedIn(payload('t1', 900));
    expect(session.current()).toMatchObject({ accessToken: 't1', user: { displayName: 'Ada' } });
    expect(seen).toEqual(['Ada']);
    expect(timers.map((t) => t.ms)).toEqual([870_000]);
  });

  it('refreshes short-lived tokens on demand only (no refresh loop)', () => {
    const { session, timers } = controller();
    session.functions.signedIn(payload('t1', 20));
    expect(timers).toEqual([]);
  });

  it('the scheduled refresh replaces the token', async () => {
    const { session, timers } = controller();
    session.functions.signedIn(payload('t1'));
    timers[0]!.run();
    await vi.waitFor(() => expect(session.current().accessToken).toBe('fresh'));
  });

  it('restore() without a cookie leaves the user signed out and says nothing', async () => {
    const { session, options } = controller({ refreshSession: vi.fn(async () => Promise.reject(ended())) });
    await session.restore();
    expect(session.current().user).toBeNull();
    expect(options.onEnded).not.toHaveBeenCalled();
  });

  it('a refused refresh of a live session signs out and reports the end once', async () => {
    const { session, options } = controller({ refreshSession: vi.fn(async () => Promise.reject(ended())) });
    session.functions.signedIn(payload('t1'));
    expect(await Promise.all([session.functions.refresh(), session.functions.refresh()])).toEqual([null, null]);
    expect(session.current()).toEqual({ user: null, accessToken: null, expiresAt: null });
    expect(options.onEnded).toHaveBeenCalledTimes(1);
  });

  it('an outage keeps the session (null now, a later try may work)', async () => {
    const down = new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'down' });
    const { session, options } = controller({ refreshSession: vi.fn(async () => Promise.reject(down)) });
    session.functions.signedIn(payload('t1'));
    expect(await session.functions.refresh()).toBeNull();
    expect(session.current().accessToken).toBe('t1');
    expect(options.onEnded).not.toHaveBeenCalled();
  });

  it('signOut clears at once, logs out after a refresh in flight has landed, and that refresh cannot resurrect it', async () => {
    const answer = deferred<AuthPayload>();
    const { session, options } = controller({ refreshSession: vi.fn(() => answer.promise) });
    session.functions.signedIn(payload('t1'));
    const late = session.functions.refresh();
    const signingOut = session.functions.signOut();
    expect(session.current().user).toBeNull();
    // The refresh rotates the refresh cookie: logging out before its answer would leave that cookie alive.
    await Promise.resolve();
    expect(options.logout).not.toHaveBeenCalled();
    answer.resolve(payload('resurrected'));
    await signingOut;
    await late;
    expect(options.logout).toHaveBeenCalledWith('t1');
    expect(session.current().user).toBeNull();
  });

  it('signOut still signs out locally when the BFF is unreachable', async () => {
    const { session } = controller({ logout: vi.fn(async () => Promise.reject(new Error('offline'))) });
    session.functions.signedIn(payload('t1'));
    await session.functions.signOut();
    expect(session.current().accessToken).toBeNull();
  });
});
