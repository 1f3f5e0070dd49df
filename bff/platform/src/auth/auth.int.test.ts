import { createTestKeys, mintTestToken, type TestKeys } from '@shop/node-platform/auth/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaseContext } from '../graphql/create-yoga.js';
import type { RunningBff } from '../server/start-bff-server.js';
import { postGraphQL } from '../testing/post-graphql.js';
import { comparableHeaders, rawRequest } from '../testing/raw-request.js';
import { startToyBff } from '../testing/toy-bff.js';
import { badTokens } from './bad-tokens.js';
import { requirePermission, requireViewer } from './guards.js';

// Both GraphQL paths enforce auth identically: same status, headers (but Date) and bytes.
const SDL = /* GraphQL */ `
  type Query { hello: String! me: String! users: [String!]! }
`;
const resolvers = {
  Query: {
    hello: (_: unknown, _a: unknown, ctx: BaseContext) => (ctx.viewer ? `hello ${ctx.viewer.userId}` : 'hello anonymous'),
    me: (_: unknown, _a: unknown, ctx: BaseContext) => requireViewer(ctx).userId,
    users: (_: unknown, _a: unknown, ctx: BaseContext) => [requirePermission(ctx, 'users:manage').userId],
  },
};

let keys: TestKeys;
let fast: RunningBff;
let yogaOnly: RunningBff;
let noKeys: RunningBff;
let tokens: Record<string, string>;
let shopper: string;
let admin: string;

beforeAll(async () => {
  keys = await createTestKeys('bff-1');
  const auth = { verificationKeys: keys.verificationKeys, audience: { issuer: 'shop-user', audience: 'shop' } };
  const options = { schema: SDL, resolvers, serviceCosts: {}, auth };
  [fast, yogaOnly, noKeys] = await Promise.all([
    startToyBff(options),
    startToyBff({ ...options, fastPath: false }),
    startToyBff({ schema: SDL, resolvers, serviceCosts: {} }),
  ]);
  tokens = await badTokens(keys, 'u-1', ['account:manage-own']);
  shopper = await mintTestToken(keys, 'u-1', ['account:manage-own']);
  admin = await mintTestToken(keys, 'u-2', ['account:manage-own', 'users:manage']);
});
afterAll(async () => {
  await Promise.all([fast, yogaOnly, noKeys].map((s) => s.stop()));
});

const FIXED = { 'x-request-id': 'auth-compare-0123456789', origin: 'http://localhost:4200' };

async function compare(query: string, headers: Record<string, string> = {}) {
  const send = (bff: RunningBff) => postGraphQL(`${bff.url}/graphql`, { query }, { ...FIXED, ...headers });
  const [x, y] = [await send(fast), await send(yogaOnly)];
  expect(x.text).toBe(y.text);
  expect(x.status).toBe(y.status);
  expect(comparableHeaders(x.headers)).toEqual(comparableHeaders(y.headers));
  return { status: x.status, headers: x.headers, body: JSON.parse(x.text) };
}

describe('bearer tokens at the BFF edge (fast path and yoga alike)', () => {
  it('serves anonymous requests (no Authorization header)', async () => {
    const answer = await compare('{ hello }');
    expect(answer.body).toEqual({ data: { hello: 'hello anonymous' } });
  });

  it('puts a valid token\'s principal on the context', async () => {
    const answer = await compare('{ hello me }', { authorization: `Bearer ${shopper}` });
    expect(answer.body).toEqual({ data: { hello: 'hello u-1', me: 'u-1' } });
  });

  it.each(['forged', 'expired', 'alg none', 'wrong issuer', 'unknown kid', 'malformed'])(
    'refuses a %s token with 401, a Bearer invalid_token challenge and UNAUTHENTICATED',
    async (kind) => {
      const answer = await compare('{ hello }', { authorization: `Bearer ${tokens[kind]}` });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(answer.body).toEqual({
        errors: [{ message: kind === 'expired' ? 'Access token expired.' : 'Invalid access token.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    },
  );

  it('refuses a header that is not a Bearer token', async () => {
    const answer = await compare('{ hello }', { authorization: 'Basic dXNlcjpwYXNz' });
    expect(answer.status).toBe(401);
  });

  it('refuses a bad token on GET too (yoga answers GETs)', async () => {
    const answer = await rawRequest(`${fast.url}/graphql?query=%7Bhello%7D`, {
      method: 'GET',
      headers: { 'x-graphql-csrf': '1', authorization: `Bearer ${tokens['forged']}` },
    });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a guarded field: anonymous → 401 UNAUTHENTICATED, shopper → 403 FORBIDDEN, admin → data', async () => {
    const anonymous = await compare('{ users }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forbidden = await compare('{ users }', { authorization: `Bearer ${shopper}` });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await compare('{ users }', { authorization: `Bearer ${admin}` });
    expect(allowed.body).toEqual({ data: { users: ['u-2'] } });
  });

  it('refuses every token when the BFF has no keys, and still serves anonymous requests', async () => {
    const refused = await postGraphQL(`${noKeys.url}/graphql`, { query: '{ hello }' }, { authorization: `Bearer ${shopper}` });
    expect(refused.status).toBe(401);
    const anonymous = await postGraphQL(`${noKeys.url}/graphql`, { query: '{ hello }' });
    expect(JSON.parse(anonymous.text)).toEqual({ data: { hello: 'hello anonymous' } });
  });
});
