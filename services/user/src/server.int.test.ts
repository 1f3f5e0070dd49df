import { createHmac } from 'node:crypto';
import { credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, UserServiceClient } from '@shop/contracts/user/v1';
import { createTestKeys, mintTestToken, TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { createLogger, startService } from '@shop/services-platform';
import type { UnaryMethod } from '@shop/services-platform/testing';
import { seedAccounts } from './db/seed.js';
import { userService } from './service.js';
import { bearer, startUserHarness, type UserHarness } from './testing/user-harness.js';

let h: UserHarness;
beforeAll(async () => {
  h = await startUserHarness();
});
afterAll(async () => h?.close());

const password = 'a long and unusual passphrase';
const [admin, shopper] = seedAccounts;
let n = 0;
const email = () => `grpc${++n}@shop.test`;

async function rejection(promise: Promise<unknown>): Promise<{ code: number; field?: string; details: string }> {
  const error = (await promise.then(() => undefined, (e: unknown) => e)) as ServiceError | undefined;
  expect(error, 'expected the call to fail').toBeDefined();
  return { code: error!.code, field: error!.metadata.get('field')[0] as string | undefined, details: error!.details };
}

const c = () => h.client;
const login = async (who: { email: string; password: string }) => (await h.call(c().login, who)).session!;

describe('user service over gRPC', () => {
  it('registers, then knows the caller from the bearer token only', async () => {
    const { session } = await h.call(c().register, { email: email(), displayName: 'Ann', password });
    expect(session?.user).toMatchObject({ displayName: 'Ann', role: Role.ROLE_USER, permissions: expect.arrayContaining(['orders:place']) });
    expect(session?.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await h.call(c().getUser, { id: '' }, bearer(session!.accessToken));
    expect(me.user?.id).toBe(session?.user?.id);
    expect(JSON.stringify(me)).not.toContain('argon2');
  });

  it('refuses anonymous, forged, alg:none, expired, foreign-issuer and unknown-kid tokens as UNAUTHENTICATED', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: 'x', perms: ['users:manage'], iss: TEST_AUDIENCE.issuer, aud: TEST_AUDIENCE.audience, iat: now, exp: now + 60 };
    const hsInput = `${b64({ alg: 'HS256', kid: h.keys.signer.kid })}.${b64(claims)}`;
    const stranger = await createTestKeys(h.keys.signer.kid);
    const tokens = [
      `${b64({ alg: 'none', kid: h.keys.signer.kid })}.${b64(claims)}.`,
      `${hsInput}.${createHmac('sha256', 'guess').update(hsInput).digest('base64url')}`,
      await mintTestToken(h.keys, 'x', ['users:manage'], { now: () => Date.now() - 3_600_000 }),
      await mintTestToken(h.keys, 'x', ['users:manage'], { audience: { issuer: 'evil', audience: 'shop' } }),
      await mintTestToken(await createTestKeys('unknown-kid'), 'x', ['users:manage']),
      await mintTestToken(stranger, 'x', ['users:manage']),
    ];
    expect((await rejection(h.call(c().getUser, { id: '' }))).code).toBe(status.UNAUTHENTICATED);
    for (const token of tokens) {
      expect((await rejection(h.call(c().listUsers, { pageSize: 10, pageToken: '', query: '' }, bearer(token)))).code).toBe(status.UNAUTHENTICATED);
    }
  });

  it('lets only users:manage list users and set roles (PERMISSION_DENIED otherwise)', async () => {
    const shopperSession = await login(shopper);
    const denied = await rejection(h.call(c().listUsers, { pageSize: 10, pageToken: '', query: '' }, bearer(shopperSession.accessToken)));
    expect(denied.code).toBe(status.PERMISSION_DENIED);
    // Another id: the shopper's with its last digit changed (never equal to it: 1 in 16 ids ends in 0).
    const ownId = shopperSession.user!.id;
    const otherId = ownId.slice(0, -1) + (ownId.endsWith('0') ? '1' : '0');
    const other = await rejection(h.call(c().getUser, { id: otherId }, bearer(shopperSession.accessToken)));
    expect([status.PERMISSION_DENIED]).toContain(other.code);
  });

  it('pages and searches users for an admin, and grants admin to a shopper', async () => {
    const adminSession = await login(admin);
    for (let i = 0; i < 3; i++) await h.call(c().register, { email: `page${i}@list.test`, displayName: `Pager ${i}`, password });
    const auth = bearer(adminSession.accessToken);
    const first = await h.call(c().listUsers, { pageSize: 2, pageToken: '', query: 'list.test' }, auth);
    expect(first.totalCount).toBe(3);
    expect(first.users.map((u) => u.email)).toEqual(['page2@list.test', 'page1@list.test']);
    const second = await h.call(c().listUsers, { pageSize: 2, pageToken: first.nextPageToken, query: 'list.test' }, auth);
    expect(second.users.map((u) => u.email)).toEqual(['page0@list.test']);
    expect(second.nextPageToken).toBe('');
    const wrongQuery = await rejection(h.call(c().listUsers, { pageSize: 2, pageToken: first.nextPageToken, query: 'other' }, auth));
    expect(wrongQuery).toMatchObject({ code: status.INVALID_ARGUMENT, field: 'page_token' });
    expect((await h.call(c().listUsers, { pageSize: 5, pageToken: '', query: '100%_\\' }, auth)).users).toEqual([]);

    const target = first.users[0]!;
    const granted = await h.call(c().setRole, { userId: target.id, role: Role.ROLE_ADMIN }, auth);
    expect(granted.user?.permissions).toContain('users:manage');
    const self = await rejection(h.call(c().setRole, { userId: adminSession.user!.id, role: Role.ROLE_USER }, auth));
    expect(self).toMatchObject({ code: status.FAILED_PRECONDITION, field: 'user_id' });
    const badRole = await rejection(h.call(c().setRole, { userId: target.id, role: 7 as Role }, auth));
    expect(badRole).toMatchObject({ code: status.INVALID_ARGUMENT, field: 'role' });
    const badId = await rejection(h.call(c().setRole, { userId: 'nope', role: Role.ROLE_USER }, auth));
    expect(badId).toMatchObject({ code: status.INVALID_ARGUMENT, field: 'user_id' });
  });

  it('answers bad input with a typed field error and writes nothing', async () => {
    const cases = [
      [{ email: 'not-an-email', displayName: 'A', password }, 'email'],
      [{ email: email(), displayName: 'A'.repeat(10_000), password }, 'display_name'],
      [{ email: email(), displayName: 'A', password: 'x'.repeat(300) }, 'password'],
      [{ email: `nul\u0000${email()}`, displayName: 'A', password }, 'email'],
    ] as const;
    for (const [request, field] of cases) {
      expect(await rejection(h.call(c().register, request))).toMatchObject({ code: status.INVALID_ARGUMENT, field });
    }
    const taken = await rejection(h.call(c().register, { email: shopper.email.toUpperCase(), displayName: 'Dup', password }));
    expect(taken).toMatchObject({ code: status.ALREADY_EXISTS, field: 'email' });
  });

  it('keeps everyone signed in across a key rotation (new signer, old key still trusted)', async () => {
    const before = await login(shopper);
    const next = await createTestKeys('rotated-2');
    const both = JSON.stringify({ keys: [...JSON.parse(h.keys.verificationKeysJson).keys, ...JSON.parse(next.verificationKeysJson).keys] });
    const rotated = await startService(
      userService,
      { grpcPort: 0, adminPort: 0, databaseUrl: h.database.url, nodeEnv: 'test', env: { AUTH_SIGNING_KEY: next.signingKeyJson, AUTH_VERIFICATION_KEYS: both } },
      createLogger('user-rotated', 'silent'),
    );
    const client = new UserServiceClient(`127.0.0.1:${rotated.grpcPort}`, credentials.createInsecure());
    const call = <Req, Res>(method: UnaryMethod<Req, Res>, request: Req, md = new Metadata()) =>
      new Promise<Res>((resolve, reject) => method.call(client, request, md, {}, (e, r) => (e ? reject(e) : resolve(r))));
    try {
      // The old access token is still accepted, the old refresh token still refreshes, the new
      // token is signed with the new kid.
      expect((await call(client.getUser, { id: '' }, bearer(before.accessToken))).user?.id).toBe(before.user!.id);
      const { session } = await call(client.refresh, { refreshToken: before.refreshToken });
      const header = JSON.parse(Buffer.from(session!.accessToken.split('.')[0]!, 'base64url').toString()) as { kid: string };
      expect(header.kid).toBe('rotated-2');
    } finally {
      client.close();
      await rotated.stop();
    }
  });
});
