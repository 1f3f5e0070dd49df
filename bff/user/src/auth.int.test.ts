import { badTokens } from '@shop/bff-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUserBff } from './app.js';
import { ADMIN, gql, SESSION_HEADERS, SHOPPER, startUserStack, type UserStack } from './testing/user-stack.js';

// Tokens, permissions and edge validation of the user BFF, on both GraphQL paths.
let stack: UserStack;
let fast: RunningUserBff;
let yogaOnly: RunningUserBff;
let adminToken: string;
let shopperToken: string;
let shopperId: string;

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { user { id } accessToken } }';

beforeAll(async () => {
  stack = await startUserStack();
  [fast, yogaOnly] = await Promise.all([stack.startBff(), stack.startBff({ fastPath: false })]);
  const admin = await gql(fast.url, LOGIN, { input: ADMIN }, SESSION_HEADERS);
  const shopper = await gql(fast.url, LOGIN, { input: SHOPPER }, SESSION_HEADERS);
  adminToken = admin.body.data?.['login'].accessToken;
  shopperToken = shopper.body.data?.['login'].accessToken;
  shopperId = shopper.body.data?.['login'].user.id;
});
afterAll(async () => {
  await stack?.stop();
});

const FIXED = { 'x-request-id': 'user-auth-0123456789', origin: 'http://localhost:4200' };

/** The same request on both paths: identical status, headers (but Date, Set-Cookie) and bytes. */
async function both(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const [x, y] = [await gql(fast.url, query, variables, { ...FIXED, ...headers }), await gql(yogaOnly.url, query, variables, { ...FIXED, ...headers })];
  expect(x.text).toBe(y.text);
  expect(x.status).toBe(y.status);
  const comparable = (h: Headers) => [...h].filter(([name]) => name !== 'date').sort();
  expect(comparable(x.headers)).toEqual(comparable(y.headers));
  return x;
}
const code = (answer: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => answer.body.errors?.[0]?.extensions?.['code'];

describe('access tokens', () => {
  it.each(['forged', 'expired', 'alg none', 'wrong issuer', 'unknown kid', 'malformed'])(
    'a %s token is 401 UNAUTHENTICATED with an invalid_token challenge on both paths, before any service call',
    async (kind) => {
      const tokens = await badTokens(stack.keys, shopperId, ['account:manage-own', 'users:manage']);
      const before = stack.proxy.calls.length;
      const answer = await both('{ viewer { email } }', undefined, { authorization: `Bearer ${tokens[kind]}` });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(code(answer)).toBe('UNAUTHENTICATED');
      expect(stack.proxy.calls.length).toBe(before);
    },
  );

  it('viewer is null when signed out (not an error) and the user when signed in; the token reaches the service', async () => {
    expect((await both('{ viewer { email } }')).body).toEqual({ data: { viewer: null } });
    const signedIn = await both('{ viewer { email role permissions } }', undefined, { authorization: `Bearer ${shopperToken}` });
    expect(signedIn.body.data?.['viewer']).toMatchObject({ email: SHOPPER.email, role: 'USER' });
    expect(signedIn.body.data?.['viewer'].permissions).toContain('account:manage-own');
    const call = stack.proxy.calls.at(-1)!;
    expect(call.method).toBe('getUser');
    expect(call.metadata['authorization']).toBe(`Bearer ${shopperToken}`);
    expect(call.metadata['x-request-id']).toBe(FIXED['x-request-id']);
  });
});

describe('admin users', () => {
  const USERS = 'query($search: String) { users(first: 5, search: $search) { totalCount edges { cursor node { email role } } pageInfo { hasNextPage endCursor } } }';

  it('anonymous is 401 UNAUTHENTICATED, a shopper 403 FORBIDDEN (never confused), without a service call', async () => {
    const before = stack.proxy.calls.length;
    const anonymous = await both(USERS);
    expect([anonymous.status, code(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    const shopper = await both(USERS, undefined, { authorization: `Bearer ${shopperToken}` });
    expect([shopper.status, code(shopper)]).toEqual([403, 'FORBIDDEN']);
    const setRole = await both(`mutation { setRole(userId: "${shopperId}", role: ADMIN) { role } }`, undefined, { authorization: `Bearer ${shopperToken}` });
    expect([setRole.status, code(setRole)]).toEqual([403, 'FORBIDDEN']);
    expect(stack.proxy.calls.length).toBe(before);
  });

  it('an admin lists, pages and searches users', async () => {
    const all = await gql(fast.url, USERS, {}, { authorization: `Bearer ${adminToken}` });
    expect(all.body.data?.['users'].totalCount).toBeGreaterThanOrEqual(2);
    const search = await both(USERS, { search: 'shopper@' }, { authorization: `Bearer ${adminToken}` });
    expect(search.body.data?.['users'].edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([SHOPPER.email]);
    const page = await gql(fast.url, 'query { users(first: 1) { edges { node { email } } pageInfo { hasNextPage endCursor } } }', {}, { authorization: `Bearer ${adminToken}` });
    const { endCursor } = page.body.data?.['users'].pageInfo;
    const next = await gql(fast.url, 'query($after: String) { users(first: 1, after: $after) { edges { node { email } } } }', { after: endCursor }, { authorization: `Bearer ${adminToken}` });
    expect(next.body.data?.['users'].edges[0].node.email).not.toBe(page.body.data?.['users'].edges[0].node.email);
  });

  it('an admin grants admin; the service refuses a self-demotion', async () => {
    const granted = await gql(fast.url, `mutation { setRole(userId: "${shopperId}", role: ADMIN) { email role } }`, {}, { authorization: `Bearer ${adminToken}` });
    expect(granted.body).toEqual({ data: { setRole: { email: SHOPPER.email, role: 'ADMIN' } } });
    const revoked = await gql(fast.url, `mutation { setRole(userId: "${shopperId}", role: USER) { role } }`, {}, { authorization: `Bearer ${adminToken}` });
    expect(revoked.body).toEqual({ data: { setRole: { role: 'USER' } } });
  });
});

describe('edge validation', () => {
  const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }';
  it.each([
    ['email', { email: `${'a'.repeat(250)}@shop.test`, displayName: 'A', password: 'a long passphrase 1' }],
    ['displayName', { email: 'long@shop.test', displayName: 'n'.repeat(81), password: 'a long passphrase 1' }],
    ['password', { email: 'long@shop.test', displayName: 'A', password: 'p'.repeat(257) }],
  ])('an oversized %s is BAD_USER_INPUT naming it, with no gRPC call', async (field, input) => {
    const before = stack.proxy.calls.length;
    const answer = await both(REGISTER, { input }, SESSION_HEADERS);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(stack.proxy.calls.length).toBe(before);
  });

  it('maps the service\'s snake_case field to the GraphQL input name', async () => {
    const answer = await gql(fast.url, REGISTER, { input: { email: 'short@shop.test', displayName: 'A', password: 'short' } }, SESSION_HEADERS);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const token = `Bearer ${shopperToken}`;
    const rename = await gql(fast.url, 'mutation { updateProfile(input: { displayName: "   " }) { displayName } }', {}, { authorization: token });
    expect(rename.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    const change = await gql(fast.url, 'mutation { changePassword(input: { currentPassword: "x", newPassword: "short" }) { accessToken } }', {}, { ...SESSION_HEADERS, authorization: token });
    expect(change.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await gql(fast.url, 'mutation($p: String!) { changePassword(input: { currentPassword: $p, newPassword: "short" }) { accessToken } }', { p: SHOPPER.password }, { ...SESSION_HEADERS, authorization: token });
    expect(weak.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
  });

  it('a taken email is CONFLICT naming email', async () => {
    const answer = await gql(fast.url, REGISTER, { input: { email: SHOPPER.email, displayName: 'Again', password: 'a long passphrase 77' } }, SESSION_HEADERS);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });
});

describe('general rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After on both paths', async () => {
    const limit = { points: 2, durationSeconds: 60 };
    const [a, b] = await Promise.all([
      stack.startBff({ rateLimit: { ...limit, keyPrefix: 'fast' } }),
      stack.startBff({ rateLimit: { ...limit, keyPrefix: 'yoga' }, fastPath: false }),
    ]);
    for (const bff of [a, b]) {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await gql(bff.url, '{ viewer { email } }')).status);
      expect(statuses).toEqual([200, 200, 429]);
      const limited = await gql(bff.url, '{ viewer { email } }');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(code(limited)).toBe('RATE_LIMITED');
    }
  });
});
