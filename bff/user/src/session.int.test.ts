import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUserBff } from './app.js';
import { cookiePair, gql, SESSION_HEADERS, startUserStack, type UserStack } from './testing/user-stack.js';

// The refresh cookie and the session-mutation rules, against the real user service over gRPC.
let stack: UserStack;
let bff: RunningUserBff;

beforeAll(async () => {
  stack = await startUserStack();
  bff = await stack.startBff();
});
afterAll(async () => {
  await stack?.stop();
});

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { user { id email displayName role permissions } accessToken accessTokenExpiresAt } }`;
const REFRESH = 'mutation { refreshSession { accessToken user { email } } }';
const LOGOUT = 'mutation { logout }';
const VIEWER = '{ viewer { email displayName role } }';
let counter = 0;
const newAccount = () => ({ email: `person${++counter}-${Date.now()}@shop.test`, displayName: `Person ${counter}`, password: 'a long enough passphrase 42' });

describe('refresh cookie', () => {
  it('register sets shop_refresh (HttpOnly, SameSite=Lax, Path=/graphql, Max-Age = refresh TTL, not Secure on localhost) and returns no refresh token', async () => {
    const account = newAccount();
    const answer = await gql(bff.url, REGISTER, { input: account }, SESSION_HEADERS);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.['register'].user).toMatchObject({ email: account.email, displayName: account.displayName, role: 'USER' });
    expect(answer.cookies).toHaveLength(1);
    const cookie = answer.cookies[0]!;
    expect(cookie).toMatch(/^shop_refresh=[^;]+; Max-Age=(3599|3600); Path=\/graphql; HttpOnly; SameSite=Lax$/);
    // The refresh token is in the cookie only: never in the body.
    const token = decodeURIComponent(cookiePair(cookie).slice('shop_refresh='.length));
    expect(answer.text).not.toContain(token);
    const viewer = await gql(bff.url, VIEWER, undefined, { authorization: `Bearer ${answer.body.data?.['register'].accessToken}` });
    expect(viewer.body).toEqual({ data: { viewer: { email: account.email, displayName: account.displayName, role: 'USER' } } });
  });

  it('is Secure when the public origin is not local plain http', async () => {
    const secureBff = await stack.startBff({ publicUrl: 'https://api.shop.example' });
    const answer = await gql(secureBff.url, REGISTER, { input: newAccount() }, SESSION_HEADERS);
    expect(answer.cookies[0]).toMatch(/; Secure/);
  });

  it('sets, rotates and clears the cookie the same way through yoga (GRAPHQL_FAST_PATH=0)', async () => {
    const yoga = await stack.startBff({ fastPath: false });
    const registered = await gql(yoga.url, REGISTER, { input: newAccount() }, SESSION_HEADERS);
    expect(registered.cookies[0]).toMatch(/^shop_refresh=[^;]+; Max-Age=(3599|3600); Path=\/graphql; HttpOnly; SameSite=Lax$/);
    const refreshed = await gql(yoga.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie: cookiePair(registered.cookies[0]) });
    expect(cookiePair(refreshed.cookies[0])).not.toBe(cookiePair(registered.cookies[0]));
    const logout = await gql(yoga.url, LOGOUT, undefined, { ...SESSION_HEADERS, cookie: cookiePair(refreshed.cookies[0]) });
    expect(logout.cookies).toEqual(['shop_refresh=; Max-Age=0; Path=/graphql; HttpOnly; SameSite=Lax']);
  });

  it('refreshSession rotates the cookie; replaying the old one ends the session', async () => {
    const registered = await gql(bff.url, REGISTER, { input: newAccount() }, SESSION_HEADERS);
    const first = cookiePair(registered.cookies[0]);
    const refreshed = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie: first });
    expect(refreshed.body.data?.['refreshSession'].accessToken).toEqual(expect.any(String));
    const second = cookiePair(refreshed.cookies[0]);
    expect(second).not.toBe(first);
    // Replaying the first cookie: within the service's 5 s reuse interval it would refresh again
    // (an interrupted refresh); we wait it out so the reuse counts as theft and ends the family.
    await new Promise((resolve) => setTimeout(resolve, 5200));
    const replay = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie: first });
    expect(replay.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(replay.status).toBe(401);
    expect(replay.cookies[0]).toMatch(/^shop_refresh=; Max-Age=0; Path=\/graphql/);
    const after = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie: second });
    expect(after.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  }, 15_000);

  it('logout clears the cookie and revokes the session: a later refresh fails', async () => {
    const registered = await gql(bff.url, REGISTER, { input: newAccount() }, SESSION_HEADERS);
    const cookie = cookiePair(registered.cookies[0]);
    const logout = await gql(bff.url, LOGOUT, undefined, { ...SESSION_HEADERS, cookie });
    expect(logout.body).toEqual({ data: { logout: true } });
    expect(logout.cookies).toEqual(['shop_refresh=; Max-Age=0; Path=/graphql; HttpOnly; SameSite=Lax']);
    const refresh = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie });
    expect(refresh.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refreshSession without a cookie is UNAUTHENTICATED without a service call', async () => {
    const before = stack.proxy.calls.length;
    const answer = await gql(bff.url, REFRESH, undefined, SESSION_HEADERS);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(stack.proxy.calls.length).toBe(before);
  });
});

describe('session mutations need X-Shop-Session from an allowed Origin', () => {
  const refused = [
    ['without X-Shop-Session', { origin: SESSION_HEADERS.origin }],
    ['from a foreign Origin', { 'x-shop-session': '1', origin: 'https://evil.example' }],
    ['without an Origin', { 'x-shop-session': '1' }],
    ['with another header value', { 'x-shop-session': 'yes', origin: SESSION_HEADERS.origin }],
  ] as const;

  it.each(refused)('register %s: 403 FORBIDDEN, no account, no cookie, no service call', async (_name, headers) => {
    const account = newAccount();
    const before = stack.proxy.calls.length;
    const answer = await gql(bff.url, REGISTER, { input: account }, headers);
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(answer.cookies).toEqual([]);
    expect(stack.proxy.calls.length).toBe(before);
    // Nothing was written: the same email registers fine afterwards.
    const later = await gql(bff.url, REGISTER, { input: account }, SESSION_HEADERS);
    expect(later.body.data?.['register'].user.email).toBe(account.email);
  });

  it.each(['mutation { logout }', REFRESH, 'mutation { login(input: { email: "shopper@shop.test", password: "x" }) { accessToken } }'])(
    '%s from a foreign Origin is refused and leaves the session alone',
    async (query) => {
      const registered = await gql(bff.url, REGISTER, { input: newAccount() }, SESSION_HEADERS);
      const cookie = cookiePair(registered.cookies[0]);
      const answer = await gql(bff.url, query, undefined, { 'x-shop-session': '1', origin: 'https://evil.example', cookie });
      expect(answer.status).toBe(403);
      expect(answer.cookies).toEqual([]);
      const still = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie });
      expect(still.body.data?.['refreshSession'].accessToken).toEqual(expect.any(String));
    },
  );

  it('changePassword sets a new cookie and ends the other sessions', async () => {
    const account = newAccount();
    const registered = await gql(bff.url, REGISTER, { input: account }, SESSION_HEADERS);
    const oldCookie = cookiePair(registered.cookies[0]);
    const token = registered.body.data?.['register'].accessToken;
    const mutation = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }';
    const input = { currentPassword: account.password, newPassword: 'another long passphrase 43' };
    const foreign = await gql(bff.url, mutation, { input }, { authorization: `Bearer ${token}`, origin: 'https://evil.example', 'x-shop-session': '1' });
    expect(foreign.status).toBe(403);
    const changed = await gql(bff.url, mutation, { input }, { ...SESSION_HEADERS, authorization: `Bearer ${token}` });
    expect(changed.body.data?.['changePassword'].accessToken).toEqual(expect.any(String));
    expect(changed.cookies[0]).toMatch(/^shop_refresh=[^;]+; Max-Age=\d+; Path=\/graphql; HttpOnly; SameSite=Lax$/);
    const old = await gql(bff.url, REFRESH, undefined, { ...SESSION_HEADERS, cookie: oldCookie });
    expect(old.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
