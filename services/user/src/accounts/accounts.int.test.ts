import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAccessToken } from '@shop/node-platform/auth';
import { TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { startAccountsHarness, type AccountsHarness } from '../testing/accounts-harness.js';
import { CONCURRENT_REFRESH_GRACE_MS } from '../domain/refresh-token.js';

let h: AccountsHarness;
beforeAll(async () => {
  h = await startAccountsHarness();
});
afterAll(async () => h?.close());

const password = 'a long and unusual passphrase';
let n = 0;
const newEmail = () => `shopper${++n}@shop.test`;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeDefined();
  return error as { kind: string; message: string; field?: string };
}

async function count(table: 'users' | 'refresh_tokens'): Promise<number> {
  const rows = await h.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (rows[0] as { n: number }).n;
}

describe('accounts over PostgreSQL', () => {
  it('registers a shopper, signs them in at once with a token every tier accepts', async () => {
    const session = await h.accounts.register({ email: ' New@Shop.TEST ', displayName: 'Ann', password });
    expect(session.user).toMatchObject({ email: 'new@shop.test', displayName: 'Ann', role: 'user' });
    const principal = await verifyAccessToken(session.accessToken, h.keys.verificationKeys, TEST_AUDIENCE);
    expect(principal.userId).toBe(session.user.id);
    expect([...principal.permissions]).toContain('orders:place');
    expect([...principal.permissions]).not.toContain('users:manage');
    expect(session.user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken email (any case) as ALREADY_EXISTS on email, writing nothing', async () => {
    const email = newEmail();
    await h.accounts.register({ email, displayName: 'First', password });
    const [users, tokens] = [await count('users'), await count('refresh_tokens')];
    const error = await failure(h.accounts.register({ email: email.toUpperCase(), displayName: 'Second', password }));
    expect(error).toMatchObject({ kind: 'ALREADY_EXISTS', field: 'email' });
    expect([await count('users'), await count('refresh_tokens')]).toEqual([users, tokens]);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const users = await count('users');
    const cases = [
      [{ email: 'nope', displayName: 'A', password }, 'email'],
      [{ email: newEmail(), displayName: ' ', password }, 'display_name'],
      [{ email: newEmail(), displayName: 'A', password: 'short' }, 'password'],
      [{ email: newEmail(), displayName: 'A', password: 'qwertyuiop' }, 'password'],
    ] as const;
    for (const [input, field] of cases) {
      expect(await failure(h.accounts.register(input))).toMatchObject({ kind: 'INVALID_ARGUMENT', field });
    }
    expect(await count('users')).toBe(users);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const email = newEmail();
    await h.accounts.register({ email, displayName: 'B', password });
    const wrong = await failure(h.accounts.login({ email, password: `${password}!` }));
    const unknown = await failure(h.accounts.login({ email: newEmail(), password }));
    expect(wrong).toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(unknown.message).toBe(wrong.message);
    expect((await h.accounts.login({ email: email.toUpperCase(), password })).user.email).toBe(email);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const first = await h.accounts.register({ email: newEmail(), displayName: 'C', password });
    const second = await h.accounts.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.familyId).toBe(first.familyId);
    h.advance(CONCURRENT_REFRESH_GRACE_MS + 1);
    expect(await failure(h.accounts.refresh(first.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
    // The thief's reuse ended the legitimate holder's session too.
    expect(await failure(h.accounts.refresh(second.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('gives both of two simultaneous refreshes a session in the same family, each successor single-use', async () => {
    const session = await h.accounts.register({ email: newEmail(), displayName: 'D', password });
    const [a, b] = await Promise.all([h.accounts.refresh(session.refreshToken), h.accounts.refresh(session.refreshToken)]);
    expect(a.familyId).toBe(session.familyId);
    expect(b.familyId).toBe(session.familyId);
    expect(a.refreshToken).not.toBe(b.refreshToken);
    await expect(h.accounts.refresh(a.refreshToken)).resolves.toMatchObject({ familyId: session.familyId });
    await expect(h.accounts.refresh(b.refreshToken)).resolves.toMatchObject({ familyId: session.familyId });
  });

  it('refreshes again a token used moments ago (the reload lost the new cookie), but not after the window', async () => {
    const session = await h.accounts.register({ email: newEmail(), displayName: 'I', password });
    await h.accounts.refresh(session.refreshToken); // its answer never reached the browser
    const again = await h.accounts.refresh(session.refreshToken);
    expect(again.familyId).toBe(session.familyId);
    h.advance(CONCURRENT_REFRESH_GRACE_MS + 1);
    expect(await failure(h.accounts.refresh(session.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(await failure(h.accounts.refresh(again.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('does not refresh a token of a family revoked by logout, even within the window', async () => {
    const session = await h.accounts.register({ email: newEmail(), displayName: 'J', password });
    const next = await h.accounts.refresh(session.refreshToken);
    await h.accounts.logout(next.refreshToken);
    expect(await failure(h.accounts.refresh(session.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('refuses malformed, unknown and expired refresh tokens', async () => {
    for (const token of ['', 'x', 'A'.repeat(43)]) {
      expect(await failure(h.accounts.refresh(token))).toMatchObject({ kind: 'UNAUTHENTICATED' });
    }
    const session = await h.accounts.register({ email: newEmail(), displayName: 'E', password });
    h.advance(3600 * 1000 + 1);
    expect(await failure(h.accounts.refresh(session.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('ends the session on logout and ignores junk', async () => {
    const session = await h.accounts.register({ email: newEmail(), displayName: 'F', password });
    await h.accounts.logout(session.refreshToken);
    await h.accounts.logout('junk');
    expect(await failure(h.accounts.refresh(session.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
  });

  it('changes the password only with the current one, ending every other session', async () => {
    const email = newEmail();
    const laptop = await h.accounts.register({ email, displayName: 'G', password });
    const phone = await h.accounts.login({ email, password });
    const wrong = await failure(h.accounts.changePassword(laptop.user.id, { currentPassword: 'not it at all', newPassword: 'another fine passphrase' }));
    expect(wrong).toMatchObject({ kind: 'INVALID_ARGUMENT', field: 'current_password' });
    const weak = await failure(h.accounts.changePassword(laptop.user.id, { currentPassword: password, newPassword: 'qwertyuiop' }));
    expect(weak).toMatchObject({ kind: 'INVALID_ARGUMENT', field: 'new_password' });
    const fresh = await h.accounts.changePassword(laptop.user.id, { currentPassword: password, newPassword: 'another fine passphrase' });
    for (const old of [laptop, phone]) {
      expect(await failure(h.accounts.refresh(old.refreshToken))).toMatchObject({ kind: 'UNAUTHENTICATED' });
    }
    await expect(h.accounts.refresh(fresh.refreshToken)).resolves.toBeDefined();
    expect(await failure(h.accounts.login({ email, password }))).toMatchObject({ kind: 'UNAUTHENTICATED' });
    await expect(h.accounts.login({ email, password: 'another fine passphrase' })).resolves.toBeDefined();
  });

  it('renames the account with the same checks as registration', async () => {
    const session = await h.accounts.register({ email: newEmail(), displayName: 'H', password });
    expect((await h.accounts.updateProfile(session.user.id, { displayName: '  Hana  Ito ' })).displayName).toBe('Hana Ito');
    expect(await failure(h.accounts.updateProfile(session.user.id, { displayName: '' }))).toMatchObject({ field: 'display_name' });
  });
});
